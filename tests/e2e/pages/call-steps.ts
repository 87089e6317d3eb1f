import type { Page } from '@playwright/test';
import { CallPage } from './panel-page';

/** Starts the call, moves to the caller's details and writes down their title and surname. */
export async function greetAndName(page: Page, title: string, surname: string): Promise<CallPage> {
  const call = new CallPage(page);
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Title').fill(title);
  await call.field('Surname').fill(surname);
  return call;
}
