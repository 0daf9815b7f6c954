// The peer a user might pick instead: playwright-core driving the same /usr/bin/chromium to fill
// the same three fields of the replica form. Prints "filled" when done.
import { chromium } from 'playwright-core';

const [url, reason] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.selectOption('select[name="Field1527493470879421"]', 'DE');
  await page.fill('[name="Field1230011437108436"]', 'bench@example.org');
  await page.fill('[name="Field1497640897150929"]', reason);
  console.log('filled');
} finally {
  await browser.close();
}
