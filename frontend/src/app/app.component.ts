import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from './core/auth/auth.service';
import { Session } from './core/auth/session';
import { LanguageService } from './core/i18n/language.service';
import { NoticeService } from './core/notify/notice.service';
import { RealtimeService } from './core/realtime/realtime.service';

/** The shell: top bar (language, user, logout), connection banner, toasts and the live region. */
@Component({
  selector: 'dd-root',
  imports: [RouterOutlet, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
  styleUrl: './app.component.css',
})
export class AppComponent {
  protected readonly session = inject(Session);
  protected readonly language = inject(LanguageService);
  protected readonly notices = inject(NoticeService);
  protected readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);

  protected logout(): void {
    void this.auth.logout();
  }
}
