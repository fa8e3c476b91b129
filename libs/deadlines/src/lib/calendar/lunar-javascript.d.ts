/** The small part of lunar-javascript 1.7 (which ships no types) that the calendar uses. */
declare module 'lunar-javascript' {
  export interface Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
  }
  export const Lunar: {
    /** month is negative for a leap (nhuận) month. */
    fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): { getSolar(): Solar };
  };
}
