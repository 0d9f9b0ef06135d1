import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { type BrowserSupportInput, checkBrowserSupport, checkStaffBrowser } from '../../src/rules/index.js';
import { userAgentFixtures } from '../../src/testing/fixtures/user-agents.js';

const ACTION = '"Log in to Portal as Patient"';
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME_WIN =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('checkStaffBrowser', () => {
  it('allows "Log in to Portal as Patient" in a supported browser', () => {
    const result = checkStaffBrowser(CHROME_WIN);
    expect(result).toMatchObject({
      status: 'supported',
      reason: 'supported-browser',
      canLogInAsPatient: true,
    });
    expect(result.advice).toContain(ACTION);
    expect(result.downloadLinks).toEqual([]);
  });

  it('refuses Internet Explorer and says where to go instead', () => {
    const result = checkStaffBrowser(IE11);
    expect(result).toMatchObject({
      status: 'unsupported',
      reason: 'internet-explorer',
      canLogInAsPatient: false,
    });
    expect(result.advice).toBe(
      `${ACTION} doesn't work in Internet Explorer. Open the Quickview in Google Chrome, Microsoft Edge or Mozilla Firefox and try again.`,
    );
  });

  it('does not offer the action when the browser cannot be told', () => {
    for (const ua of ['', 'curl/8.4.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)']) {
      const result = checkStaffBrowser(ua);
      expect(result.status).toBe('unknown');
      expect(result.canLogInAsPatient).toBe(false);
      expect(result.advice).toContain('may not work');
    }
  });

  it('speaks Spanish on request and keeps the label as the portal shows it', () => {
    const result = checkStaffBrowser(IE11, { locale: es });
    expect(result.advice).toContain(ACTION);
    expect(result.advice).toContain('Internet Explorer');
    expect(result.advice).toContain('Quickview');
    expect(result.advice).not.toBe(checkStaffBrowser(IE11).advice);
  });

  it('gives the same verdict as checkBrowserSupport on every fixture, with its own advice', () => {
    for (const { userAgent } of userAgentFixtures) {
      const staff = checkStaffBrowser(userAgent);
      const patient = checkBrowserSupport(userAgent);
      expect({ ...staff, advice: '', canLogInAsPatient: undefined }).toEqual({
        ...patient,
        advice: '',
        canLogInAsPatient: undefined,
      });
      expect(staff.canLogInAsPatient).toBe(patient.status === 'supported');
      expect(staff.advice).not.toBe(patient.advice);
      expect(Object.isFrozen(staff)).toBe(true);
    }
  });

  it('accepts client hints and a policy like checkBrowserSupport', () => {
    const edge = `${CHROME_WIN} Edg/131.0.0.0`;
    const result = checkStaffBrowser(
      { userAgent: edge, clientHints: { platform: 'Windows', platformVersion: '15.0.0' } },
      { locale: en },
    );
    expect(result.os).toEqual({ name: 'Windows', version: '11' });
    expect(result.canLogInAsPatient).toBe(true);
  });

  it('rejects wrong input with an error naming checkStaffBrowser, never the value', () => {
    try {
      checkStaffBrowser({ userAgent: ['private'] } as unknown as BrowserSupportInput);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PortalHelpdeskError);
      expect((error as PortalHelpdeskError).message).toContain('checkStaffBrowser(input)');
      expect((error as PortalHelpdeskError).message).not.toContain('private');
    }
  });
});
