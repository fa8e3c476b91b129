const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** Seconds in a lifetime written like the environment writes it: 30s, 15m, 12h, 14d. */
export function secondsOf(lifetime: string): number {
  const match = /^(\d+)([smhd])$/.exec(lifetime);
  if (!match) throw new Error(`Not a lifetime: ${lifetime} (expected like 15m, 12h or 14d)`);
  return Number(match[1]) * SECONDS_PER_UNIT[match[2] as keyof typeof SECONDS_PER_UNIT];
}

/** "15 phút", "2 giờ", "40 giây": a wait told to the user, rounded up to the unit shown. */
export function vietnameseWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} giây`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} phút`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.ceil((seconds % 3600) / 60);
  if (minutes === 60) return `${hours + 1} giờ`;
  return minutes === 0 ? `${hours} giờ` : `${hours} giờ ${minutes} phút`;
}
