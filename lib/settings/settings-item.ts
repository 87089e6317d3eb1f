/**
 * The stored settings item. WXT storage keeps a version beside the value and runs `migrations`
 * in order when an older shape is read; add a numbered migration here, with a test, whenever the
 * shape of `Settings` changes. Version 1 is the first shape, so there is nothing to migrate yet.
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY, SETTINGS_VERSION } from './settings';

export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, {
  fallback: null,
  version: SETTINGS_VERSION,
});

export type SettingsItem = typeof settingsItem;
