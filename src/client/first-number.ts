/**
 * The sort key of a figure cell: the first number its text states, in Latin digits without group
 * separators (the value, or a range's low end: "between 400 and 1,500" sorts at 400). Reading it
 * from the text spares every row a copy of its number in an attribute.
 */
/** "about 20,000", "بین ۴۰۰ و ۱٬۵۰۰" -> "20000", "400"; "" when the text states no number. */
export function firstNumber(text: string): string {
  const latin = text.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  return /\d[\d,\u066c]*/.exec(latin)?.[0].replace(/[,\u066c]/g, "") ?? "";
}
