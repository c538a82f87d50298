import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';

beforeEach(() => fakeBrowser.reset());

describe('the store’s people index with careers', () => {
  it('is built once while nothing changes, and again after a save in another tab', async () => {
    const tab1 = fakeStore();
    const tab2 = fakeStore();
    await tab1.save(makeArticle(1, { chars: 200, figures: 0, people: 4 }));
    const first = await tab2.people();
    expect(await tab2.people()).toBe(first);
    expect(first.filter((p) => p.official).every((p) => p.careers.length === 1)).toBe(true);
    await tab1.save(makeArticle(2, { chars: 200, figures: 0, people: 4 }));
    const second = await tab2.people();
    expect(second).not.toBe(first);
    expect(second.length).toBeGreaterThan(first.length);
  });
});
