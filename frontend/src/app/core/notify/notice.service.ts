import { Injectable, type OnDestroy, signal } from '@angular/core';

export type NoticeKind = 'success' | 'info' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

/** How long a toast stays: long enough to read a Vietnamese sentence twice. */
const NOTICE_MS = 7000;

/**
 * One toast at a time (the newest wins) and one polite live region for screen readers, so a
 * result is announced once whether it came from a drag, the keyboard or another user.
 */
@Injectable({ providedIn: 'root' })
export class NoticeService implements OnDestroy {
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly noticeValue = signal<Notice | null>(null);
  private readonly announcementValue = signal('');

  readonly notice = this.noticeValue.asReadonly();
  readonly announcement = this.announcementValue.asReadonly();

  show(kind: NoticeKind, text: string): void {
    const notice = { id: this.nextId++, kind, text };
    this.noticeValue.set(notice);
    this.announce(text);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.dismiss(notice.id), NOTICE_MS);
  }

  /** Tells screen readers without a toast (e.g. a card another user moved). */
  announce(text: string): void {
    this.announcementValue.set(text);
  }

  ngOnDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  dismiss(id?: number): void {
    if (id !== undefined && this.noticeValue()?.id !== id) return;
    this.noticeValue.set(null);
  }
}
