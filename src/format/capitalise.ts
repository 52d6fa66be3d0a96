/** A sentence with its first letter in capitals ("at least 551 …" → "At least 551 …"); Persian is unchanged. */
export const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
