import browser from 'webextension-polyfill';
import { runPopup } from './popup.ts';

void runPopup(browser, document, location.search);
