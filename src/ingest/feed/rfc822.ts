/**
 * RSS dates (RFC 822 / RFC 2822, e.g. `Wed, 10 Apr 2024 09:00:00 +0200`) → ISO 8601 with the
 * offset the feed states, so the publication day stays the publisher's own day (converting
 * to UTC would move late-evening items to the next day).
 */

const MONTHS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** Zone names RFC 822 allows (and the military letter Z), as offsets in minutes. */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const RFC822 = /^\s*(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?\s*$/i;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `+02:00` for 120 minutes. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The ISO 8601 form of an RFC 822 date-time, or null when `text` is not one (or names an
 * impossible day). Two-digit years are read as RFC 2822 says: 00–49 → 20xx, 50–99 → 19xx.
 * A missing or unknown zone is read as UTC only when it is absent; an unknown name gives null.
 * @param text e.g. `Wed, 10 Apr 2024 09:00:00 +0200`
 */
export function rfc822ToIso(text: string): string | null {
  const match = RFC822.exec(text);
  if (!match) return null;
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = match;
  const month = MONTHS[monthText!.toLowerCase()];
  if (month === undefined) return null;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60) return null;
  let offset = 0;
  if (zoneText !== undefined) {
    if (/^[+-]\d{4}$/.test(zoneText)) {
      const sign = zoneText.startsWith('-') ? -1 : 1;
      offset = sign * (Number(zoneText.slice(1, 3)) * 60 + Number(zoneText.slice(3)));
    } else {
      const named = ZONES[zoneText.toLowerCase()];
      if (named === undefined) return null;
      offset = named;
    }
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}${offsetText(offset)}`;
}
