/**
 * Reading a referral code back over the phone: letters in the NATO alphabet ("K as in Kilo"),
 * digits as words ("7 seven"), grouped as the code is printed so that the caller can follow along
 * on their card. Pure: works on the code as shown (see displayCode).
 */

const NATO: Readonly<Record<string, string>> = {
  A: 'Alfa', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo', F: 'Foxtrot', G: 'Golf', H: 'Hotel', I: 'India',
  J: 'Juliett', K: 'Kilo', L: 'Lima', M: 'Mike', N: 'November', O: 'Oscar', P: 'Papa', Q: 'Quebec', R: 'Romeo',
  S: 'Sierra', T: 'Tango', U: 'Uniform', V: 'Victor', W: 'Whiskey', X: 'X-ray', Y: 'Yankee', Z: 'Zulu',
};

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** One character as it is said: "K as in Kilo", "7 seven"; anything else is said as itself. */
export function spellCharacter(char: string): string {
  const upper = char.toUpperCase();
  const word = NATO[upper];
  if (word) return `${upper} as in ${word}`;
  if (/^[0-9]$/.test(char)) return `${char} ${DIGITS[Number(char)]!}`;
  return char;
}

/**
 * The code's printed groups, each spelled character by character:
 * "K7QM-X4PD-R" → [["K as in Kilo", "7 seven", ...], ["X as in X-ray", ...], ["R as in Romeo"]].
 * Spaces and dashes only separate groups; a code without them is one group.
 */
export function phoneticGroups(shownCode: string): string[][] {
  return shownCode
    .split(/[\s-]+/)
    .filter((group) => group !== '')
    .map((group) => [...group].map(spellCharacter));
}

/** The whole read-back as one line, groups separated by " — " (a pause when read aloud). */
export function phoneticReadBack(shownCode: string): string {
  return phoneticGroups(shownCode)
    .map((group) => group.join(', '))
    .join(' — ');
}
