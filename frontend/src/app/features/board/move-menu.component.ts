import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { BoardMove } from './board-move';

let nextMenuId = 1;

/**
 * The keyboard's way to move a card: "Chuyển sang…" opens the list of columns the card may go
 * to; choosing one does what a drop there would do. A move a stand-in would make for a colleague
 * says so: "Đã duyệt (thay mặt Nguyễn Văn A)".
 */
@Component({
  selector: 'dd-move-menu',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:click)': 'closeOnOutsideClick($event)' },
  template: `
    <button
      #trigger
      type="button"
      class="trigger"
      aria-haspopup="menu"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="open() ? menuId : null"
      [attr.aria-label]="'move.menuLabel' | translate: { ref: cardRef() }"
      [attr.data-testid]="'move-menu-' + cardRef()"
      [disabled]="disabled()"
      (click)="toggle()"
      (keydown.arrowDown)="openAndFocus(); $event.preventDefault()"
    >
      {{ 'move.menu' | translate }}
    </button>
    @if (open()) {
      <ul #menu class="menu" role="menu" [id]="menuId">
        @for (move of moves(); track move.to) {
          <li role="none">
            <button
              type="button"
              role="menuitem"
              class="option"
              [attr.data-testid]="'move-option-' + move.to"
              [attr.data-on-behalf-of]="move.onBehalfOf?.id ?? null"
              (click)="choose(move)"
              (keydown)="onMenuKey($event)"
            >
              @if (move.onBehalfOf; as giver) {
                {{
                  'move.columnOnBehalfOf'
                    | translate: { column: ('columns.' + move.to | translate), name: giver.name }
                }}
              } @else {
                {{ 'columns.' + move.to | translate }}
              }
            </button>
          </li>
        } @empty {
          <li role="none" class="none">{{ 'move.noMoves' | translate }}</li>
        }
      </ul>
    }
  `,
  styleUrl: './move-menu.component.css',
})
export class MoveMenuComponent {
  readonly cardRef = input.required<string>();
  readonly moves = input.required<readonly BoardMove[]>();
  readonly disabled = input(false);
  readonly chosen = output<BoardMove>();

  protected readonly menuId = `dd-move-menu-${nextMenuId++}`;
  protected readonly open = signal(false);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  private readonly menu = viewChild<ElementRef<HTMLUListElement>>('menu');

  toggle(): void {
    if (this.open()) this.close();
    else this.openAndFocus();
  }

  /** Opens the list and puts the focus on its first entry, as a menu button should. */
  openAndFocus(): void {
    this.open.set(true);
    afterNextRender(() => this.items()[0]?.focus(), { injector: this.injector });
  }

  protected choose(move: BoardMove): void {
    this.close();
    this.chosen.emit(move);
  }

  protected onMenuKey(event: KeyboardEvent): void {
    const items = this.items();
    const current = items.indexOf(event.target as HTMLButtonElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(current + 1);
        break;
      case 'ArrowUp':
        focus(current - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(items.length - 1);
        break;
      case 'Escape':
        this.close();
        this.trigger().nativeElement.focus();
        break;
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  protected closeOnOutsideClick(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.close();
  }

  private close(): void {
    this.open.set(false);
  }

  private items(): HTMLButtonElement[] {
    return Array.from(
      this.menu()?.nativeElement.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [],
    );
  }
}
