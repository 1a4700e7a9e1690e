import { fold } from "./normalise.js";

/**
 * Common English, Spanish and Italian short forms of given names and the formal names they stand
 * for. A pair joins two people only together with the same surname and shared context (see
 * `samePersonByNickname` in link-people.ts); a given name alone never decides anything.
 */
const PAIRS: readonly [string, string[]][] = [
  ["rafa", ["rafael"]], ["bernie", ["bernard", "bernhard", "bernardo"]], ["steve", ["steven", "stephen"]],
  ["bill", ["william"]], ["will", ["william"]], ["billy", ["william"]], ["bob", ["robert"]], ["rob", ["robert"]],
  ["bobby", ["robert"]], ["mike", ["michael"]], ["mick", ["michael"]], ["jim", ["james"]], ["jimmy", ["james"]],
  ["tony", ["anthony", "antonio"]], ["tom", ["thomas"]], ["tommy", ["thomas"]], ["dick", ["richard"]],
  ["rick", ["richard"]], ["ricky", ["richard"]], ["rich", ["richard"]], ["ed", ["edward", "edmund"]],
  ["ted", ["edward"]], ["eddie", ["edward"]], ["chris", ["christopher", "christian"]], ["dave", ["david"]],
  ["joe", ["joseph"]], ["ken", ["kenneth"]], ["kenny", ["kenneth"]], ["alex", ["alexander", "alexandra"]],
  ["andy", ["andrew"]], ["drew", ["andrew"]], ["ben", ["benjamin"]], ["dan", ["daniel"]], ["danny", ["daniel"]],
  ["sam", ["samuel", "samantha"]], ["nick", ["nicholas", "nicolas"]], ["pete", ["peter"]], ["matt", ["matthew"]],
  ["jon", ["jonathan"]], ["liz", ["elizabeth"]], ["beth", ["elizabeth"]], ["kate", ["katherine", "catherine"]],
  ["cathy", ["catherine"]], ["sue", ["susan"]], ["jenny", ["jennifer"]], ["jen", ["jennifer"]],
  ["greg", ["gregory"]], ["jeff", ["jeffrey", "geoffrey"]], ["geoff", ["geoffrey"]], ["larry", ["lawrence"]],
  ["fred", ["frederick"]], ["don", ["donald"]], ["ron", ["ronald"]], ["tim", ["timothy"]], ["vince", ["vincent"]],
  ["gerry", ["gerald", "gerard"]], ["jack", ["john"]], ["johnny", ["john"]], ["harry", ["henry", "harold"]],
  ["charlie", ["charles"]], ["chuck", ["charles"]], ["frank", ["francis"]], ["phil", ["philip", "phillip"]],
  ["pat", ["patrick", "patricia"]], ["paddy", ["patrick"]], ["sandy", ["alexander", "sandra"]], ["nate", ["nathan", "nathaniel"]],
  ["abe", ["abraham"]], ["al", ["albert", "alan", "alfred"]], ["gus", ["august", "augustus"]], ["hank", ["henry"]],
  ["ray", ["raymond"]], ["ollie", ["oliver"]], ["nacho", ["ignacio"]], ["paco", ["francisco"]], ["pepe", ["jose"]],
  ["beppe", ["giuseppe"]], ["gigi", ["luigi"]], ["vlad", ["vladimir"]], ["sasha", ["alexander", "aleksandr"]],
  ["misha", ["mikhail"]], ["dima", ["dmitry"]], ["maggie", ["margaret"]], ["meg", ["margaret"]], ["peggy", ["margaret"]],
  ["becky", ["rebecca"]], ["vicky", ["victoria"]], ["debbie", ["deborah"]], ["mandy", ["amanda"]], ["terry", ["terence"]],
];

let formal: Map<string, Set<string>> | null = null;

/** Whether two given names may name the same person: equal, or one a short form of the other. */
export function sameGivenName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  if (!formal) {
    formal = new Map();
    for (const [nick, names] of PAIRS) formal.set(nick, new Set(names));
  }
  return formal.get(x)?.has(y) === true || formal.get(y)?.has(x) === true;
}
