import type { Lang } from "../lib/i18n/lang";
import { countyWords, type CountyWords } from "../lib/site/county-words";
import { reference } from "./reference";

/** The site's words for its counties (两县, 三县 … · both counties, all 3 counties), from the reference data. */
export const siteCountyWords = (lang: Lang): CountyWords => countyWords(reference.counties, lang);
