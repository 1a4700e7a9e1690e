import { describe, expect, it } from "vitest";
import { scoreLinking, scoreSpans, type DocMentions } from "../../transforms/entities/score-linking.js";

const m = (start: number, end: number, entity: string, type: "person" | "place" | "organization" = "person") => ({ start, end, entity, type });

describe("linking and span scores", () => {
  const gold: DocMentions[] = [
    { file: "a", mentions: [m(0, 5, "trump"), m(10, 15, "biden"), m(20, 22, "us", "place")] },
    { file: "b", mentions: [m(0, 5, "trump"), m(8, 12, "biden")] },
  ];

  it("is perfect when the prediction equals the gold, whatever the page names", () => {
    const same = gold.map((d) => ({ ...d, mentions: d.mentions.map((x) => ({ ...x, entity: `page-${x.entity}` })) }));
    expect(scoreLinking(gold, same)).toMatchObject({ recall: 1, bcubed: { precision: 1, recall: 1, f1: 1 } });
    expect(scoreSpans(gold, same).all.f1).toBe(1);
  });

  it("penalises a split entity in recall and a merged one in precision", () => {
    const split = [
      { file: "a", mentions: [m(0, 5, "t1"), m(10, 15, "b"), m(20, 22, "u", "place")] },
      { file: "b", mentions: [m(0, 5, "t2"), m(8, 12, "b")] },
    ];
    const s = scoreLinking(gold, split);
    expect(s.bcubed.precision).toBe(1);
    expect(s.bcubed.recall).toBeLessThan(1);
    expect(s.recall).toBe(0.8);
    const merged = [
      { file: "a", mentions: [m(0, 5, "x"), m(10, 15, "x"), m(20, 22, "u", "place")] },
      { file: "b", mentions: [m(0, 5, "x"), m(8, 12, "x")] },
    ];
    const t = scoreLinking(gold, merged);
    expect(t.bcubed.recall).toBe(1);
    expect(t.bcubed.precision).toBeLessThan(1);
  });

  it("counts a missed mention against recall and a wrong span or type against precision", () => {
    const pred = [
      { file: "a", mentions: [m(0, 5, "trump"), m(10, 14, "biden"), m(20, 22, "us", "organization")] },
      { file: "b", mentions: [m(0, 5, "trump")] },
    ];
    const s = scoreSpans(gold, pred);
    expect(s.all).toMatchObject({ tp: 2, fp: 2, fn: 3 });
    expect(s.person).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    // Linking ignores the type: "us" reached its page although typed wrongly.
    expect(scoreLinking(gold, pred).recall).toBe(0.6);
  });
});
