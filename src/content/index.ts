import browser from 'webextension-polyfill';
import { startContentScript } from './content-script.ts';

startContentScript(browser, window);
