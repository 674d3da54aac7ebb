import { withEuropean } from './languages';

// Sayings with a number in them that state no quantity: "in two minds", "a million miles away", "one of the few".
// Each is a whole phrase, so the same number in a plain sentence ("two ministers", "a million people") stays a figure.
const IDIOMS = [
  // English
  'one of (?:the |those )?(?:very )?(?:few|many|lucky ones)\\b',
  'one of (?:those|them|us|you|a kind)\\b',
  '(?:a|one) (?:million|thousand|hundred) miles (?:away|from)\\b',
  '(?:a|one) (?:million|thousand|hundred) (?:times|ways|reasons|things)(?! (?:more|less|larger|smaller|bigger|faster|slower|higher|lower|brighter|stronger|weaker|as|the|that|per|a)\\b)',
  '(?:one|a) in a (?:million|thousand|hundred)\\b',
  '(?:in|of) two minds\\b',
  '(?:my|his|her|their|our|your|its) two cents\\b',
  '(?:no|any|every|some) ?one\\b(?![-\\s]?(?:percent|per cent|%|of \\d))',
  'one (?:another|by one|after (?:another|the other))\\b',
  '(?:^|[.!?]\\s+|\\n)one day(?=,| (?:he|she|they|we|i|you|it|the|this|that)\\b)',
  '(?:may|might|could|will|would|to|that) one day\\b',
  'nine times out of ten\\b',
  'at sixes and sevens\\b',
  'on all fours\\b',
  'six feet under\\b',
  'cloud nine\\b',
  'the whole nine yards\\b',
  'dressed to the nines\\b',
  'a dime a dozen\\b',
  'catch[- ]22\\b',
  '24[/-]7\\b',
  'twenty-four seven\\b',
  '(?:nine|9)[- ]to[- ](?:five|5)\\b',
  'back to square one\\b',
  'kill(?:ed|ing|s)? two birds\\b',
  'put(?:ting|s)? two and two together\\b',
  'a picture is worth a thousand words\\b',
  '(?:a hundred|one hundred|100) ?(?:%|percent|per cent) (?:sure|certain|behind|committed|confident|convinced|honest)\\b',
  'high[- ]fives?\\b',
  // the calendar's own constants: "open 24 hours a day, seven days a week", "divide by 52 weeks in a year"
  '(?:24|twenty-four) hours (?:in )?a day\\b',
  '(?:7|seven) days (?:in )?a week\\b',
  '(?:52|fifty-two) weeks (?:in )?a year\\b',
  '(?:12|twelve) months (?:in )?a year\\b',
  '365 days (?:in )?a year\\b',
  '(?:60|sixty) (?:minutes|seconds) (?:in )?an? (?:hour|minute)\\b',
  'take five\\b',
  'forty winks\\b',
];
// ASCII \b and no u flag keep this one scan cheap; every idiom starts with an ASCII letter or digit. The European
// languages' sayings join once their tables load.
const idiomRe = withEuropean((eu) => new RegExp(`\\b(?:${IDIOMS.join('|')}${eu('idioms')})`, 'gi'));

/** Character ranges of sayings whose numbers are not figures ("doubled down" is handled by the ratio reader). */
export function findIdioms(text: string): [number, number][] {
  return [...text.matchAll(idiomRe())].map((m) => [m.index, m.index + m[0].length]);
}
