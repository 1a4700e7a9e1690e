// The desk's daily work on a built benchmark site: the changes `npm run bench` times after the full
// build, each one as a desk makes it, by writing files in content/.
import { cp, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";

/** Copies every article of `batch` into the project's content/raw/; returns how many. */
export async function addBatch(project: string, batch: string): Promise<number> {
  const names = (await readdir(batch)).filter((n) => n.endsWith(".txt"));
  for (const name of names) await cp(path.join(batch, name), path.join(project, "content/raw", name));
  return names.length;
}

/**
 * Edits one article's text as a correction would: a sentence added to its first body paragraph.
 * The article is the one in the middle of the sorted list, so neither the newest nor the oldest.
 */
export async function editArticle(project: string): Promise<string> {
  const dir = path.join(project, "content/raw");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  const name = names[Math.floor(names.length / 2)];
  if (!name) throw new Error(`${dir} has no article to edit`);
  const file = path.join(dir, name);
  const text = await readFile(file, "utf8");
  // After the front matter, the first blank line ends the first body paragraph.
  const body = text.indexOf("\n---\n", 4) + 5;
  const end = text.indexOf("\n\n", body);
  const at = end === -1 ? text.length : end;
  await writeFile(file, `${text.slice(0, at).trimEnd()} An earlier version of this article gave the wrong date for the meeting.${text.slice(at)}`);
  return name;
}

/**
 * Changes the description of the registry entity with the most articles on the built site, the
 * registry edit that reaches the most pages.
 */
export async function editRegistryDescription(project: string): Promise<string> {
  const listed = JSON.parse(await readFile(path.join(project, "_site/api/entities.json"), "utf8")) as { id: string; articles: number }[];
  const registry = new Set((await readdir(path.join(project, "content/entities"))).filter((n) => n.endsWith(".yml")).map((n) => n.slice(0, -4)));
  const top = listed.filter((e) => registry.has(e.id)).sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))[0];
  if (!top) throw new Error("no registry entity has a page on the built site");
  const file = path.join(project, "content/entities", `${top.id}.yml`);
  const doc = parseDocument(await readFile(file, "utf8"));
  doc.set("description", `${String(doc.get("description") ?? "").replace(/\.$/u, "")}, as the desk now describes it.`);
  await writeFile(file, doc.toString());
  return top.id;
}
