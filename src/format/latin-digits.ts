/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as Latin ones; every other character as it is. */
export const latinDigits = (text: string): string =>
  text.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
