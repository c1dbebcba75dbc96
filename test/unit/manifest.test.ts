import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifest.json', () => {
  test('asks for storage and the context menu only: no tabs, no host permissions, no webRequest, no scripting', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  test('keeps the default extension CSP and loads no remote code', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*\/\*)/);
  });

  test('runs the content script on http and https pages at document_idle', () => {
    expect(manifest.content_scripts).toEqual([{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }]);
  });

  test('one manifest for both browsers', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  test.each(['16', '32', '48', '128'])('has a %s px icon that is a PNG of that size', (size) => {
    const png = readFileSync(manifest.icons[size]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  });
});
