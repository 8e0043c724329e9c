// Headless Debian Chromium through puppeteer-core, and a watcher that turns every console
// error, uncaught exception, failed request and HTTP error of a page into a listed problem.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

export function launchChromium() {
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

// Chromium asks for /favicon.ico by itself (TOOLCHAIN trap 10); that is not the page's doing.
const ignoredUrl = (url) => new URL(url).pathname === '/favicon.ico';

/** Starts recording a page's problems; returns the live list. */
export function watchPage(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!ignoredUrl(request.url())) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !ignoredUrl(response.url())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}
