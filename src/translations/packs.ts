/**
 * The languages built in beyond English, each a module in this folder. The script tag knows them by this
 * list, so it fetches a pack only for a language that has one; a test checks the list against the folder.
 */
export const LANGUAGE_PACKS = (
  'ar cs da de el es fa fi fr he hi hu id it ja ko nb nl pl pt ro ru sv th tr uk vi zh-Hans zh-Hant'
).split(' ');
