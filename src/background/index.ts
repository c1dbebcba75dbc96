import browser from 'webextension-polyfill';
import { startBackground } from './background.ts';

startBackground(browser);
