import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api';
import { appUrl } from '../support/browser';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.goto(`${appUrl()}/dang-nhap`);
    await this.page.getByTestId('login-username').fill(username);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
  }

  errorText(): Promise<string> {
    return this.page.getByTestId('login-error').innerText();
  }
}
