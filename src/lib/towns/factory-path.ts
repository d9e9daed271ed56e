import { localizedPath, type Lang } from "../i18n/lang";

/**
 * Where a factory's details are (issue #19), by the site's shape (site-shape.ts): up to three counties its
 * own page, `/factories/<factory_id>/`; on a province site its section of its town's factory book,
 * `/towns/<town_id>/factories/#<factory_id>`. The one home of a factory's address: town-paths.ts
 * re-exports it for the pages; kept apart from town-paths.ts (which reads the bundled reference data) so
 * that the directory's search script can link to factories without carrying the reference data.
 */
export interface FactoryPlace {
  factory_id: string;
  town_id: string;
}

/** At most this many factories on one page of a town's factory book: ~40 × 500 elements. */
export const FACTORY_BOOK_PAGE_SIZE = 40;

/** Page `page` (from 1) of a town's factory book: `/towns/<town_id>/factories/[<page>/]`. */
export const factoryBookPath = (townId: string, lang: Lang, page = 1): string =>
  localizedPath(`/towns/${townId}/factories/${page > 1 ? `${page}/` : ""}`, lang);

/**
 * A factory's address. On a province site it names the book's first page: a factory on a later page has
 * an entry there under its id, linking on to its section (and followed at once when scripts run), so a
 * link needs only the factory's id and town, not the town's other factories.
 */
export const factoryPath = (factory: FactoryPlace, lang: Lang, province: boolean): string =>
  province
    ? `${factoryBookPath(factory.town_id, lang)}#${encodeURIComponent(factory.factory_id)}`
    : localizedPath(`/factories/${encodeURIComponent(factory.factory_id)}/`, lang);

/** A town's factories split into the book's pages, in the order given (the first page when none). */
export const factoryBookPages = <T>(factories: readonly T[]): T[][] => {
  const pages: T[][] = [];
  for (let i = 0; i < factories.length; i += FACTORY_BOOK_PAGE_SIZE)
    pages.push(factories.slice(i, i + FACTORY_BOOK_PAGE_SIZE));
  return pages.length > 0 ? pages : [[]];
};
