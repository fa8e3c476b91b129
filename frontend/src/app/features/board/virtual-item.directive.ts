import {
  Directive,
  ElementRef,
  Injectable,
  type OnDestroy,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';

/**
 * The measured heights of a windowed list's rendered items, by item id. One ResizeObserver per
 * list; its reports are folded into one signal update, and only real changes count.
 */
@Injectable()
export class HeightRegistry implements OnDestroy {
  private readonly heights = signal<ReadonlyMap<string, number>>(new Map());
  private readonly ids = new WeakMap<Element, string>();
  private readonly observer =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => this.record(entries));

  readonly measured = this.heights.asReadonly();

  observe(element: Element, id: string): void {
    this.ids.set(element, id);
    this.observer?.observe(element);
  }

  unobserve(element: Element): void {
    this.observer?.unobserve(element);
    this.ids.delete(element);
  }

  ngOnDestroy(): void {
    this.observer?.disconnect();
  }

  /** Takes the measured heights; exported for tests, where jsdom has no ResizeObserver. */
  record(entries: readonly { target: Element; height: number }[] | readonly ResizeObserverEntry[]): void {
    const current = this.heights();
    let next: Map<string, number> | null = null;
    for (const entry of entries) {
      const id = this.ids.get(entry.target);
      const height =
        'height' in entry
          ? entry.height
          : (entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height);
      if (id === undefined || height <= 0 || Math.abs((current.get(id) ?? -1) - height) < 0.5) continue;
      next ??= new Map(current);
      next.set(id, height);
    }
    if (next) this.heights.set(next);
  }
}

/** Marks one rendered item of a windowed list so its height is measured while it is shown. */
@Directive({ selector: '[ddVirtualItem]' })
export class VirtualItemDirective implements OnDestroy {
  readonly ddVirtualItem = input.required<string>();
  private readonly registry = inject(HeightRegistry);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  constructor() {
    effect(() => this.registry.observe(this.element, this.ddVirtualItem()));
  }

  ngOnDestroy(): void {
    this.registry.unobserve(this.element);
  }
}
