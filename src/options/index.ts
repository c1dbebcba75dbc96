import browser from 'webextension-polyfill';
import { runOptions } from './options.ts';

void runOptions(browser, document);
