/** A file size as the drawer shows it: "820 B", "12 KB", "1,5 MB" (decimal comma in Vietnamese). */
export function formatFileSize(bytes: number, language: string): string {
  const decimal = (value: number) =>
    value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${decimal(Math.round(bytes / 1024))} KB`;
  return `${decimal(bytes / (1024 * 1024))} MB`;
}
