import { test as base } from './fixtures';

/** Options of the projects that run a production or demo build under the production headers. */
export interface PolicyOptions {
  /** The API origin the build under test calls (VITE_API_BASE_URL); undefined: same origin. */
  apiOrigin: string | undefined;
}

interface PolicyFixtures {
  /**
   * Every Content Security Policy violation the page reports (the securitypolicyviolation
   * event, in every document the page loads) and every console message about the CSP or the
   * Permissions-Policy header.
   */
  policyViolations: string[];
}

declare global {
  interface Window {
    reportPolicyViolation?: (violation: string) => Promise<void>;
  }
}

export const test = base.extend<PolicyFixtures & PolicyOptions>({
  apiOrigin: [undefined, { option: true }],
  policyViolations: async ({ page }, use) => {
    const violations: string[] = [];
    // A binding outlives navigations, so a violation just before a reload is not lost.
    await page.exposeFunction('reportPolicyViolation', (violation: string) => {
      violations.push(violation);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const where = `${event.sourceFile}:${event.lineNumber}`;
        void window.reportPolicyViolation?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${where}`,
        );
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) {
        violations.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    await use(violations);
  },
});
