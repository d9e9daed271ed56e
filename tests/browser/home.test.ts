import { describe, expect, it } from "vitest";
import { openPage, screenshot, useSession } from "./support/browser";

const session = useSession();

describe("home page", () => {
  it("shows both counties' targets in Chinese, from the policy documents", async () => {
    const { page, log, status } = await openPage(session, "/");
    expect(status).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("h1")).toContain("社区工厂");
    const hanyin = page.locator('[data-county-section="hanyin"]');
    expect(
      await hanyin
        .locator('[data-target="hanyin-factories"] [data-target-value]')
        .getAttribute("data-target-value"),
    ).toBe("30");
    expect(
      await page
        .locator('[data-target="pingli-jobs"] [data-target-value]')
        .getAttribute("data-target-value"),
    ).toBe("6000");
    expect(await hanyin.textContent()).toContain("汉人社发〔2017〕132号");
    expect(await page.textContent('[data-testid="synthetic-notice"]')).toContain("示例数据");
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await screenshot(page, "home-zh-desktop");
    await page.close();
  });

  it("switches to English and back on the same page", async () => {
    const { page } = await openPage(session, "/", { width: 390, height: 844 });
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(/\/en\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toContain("Community Factory");
    await screenshot(page, "home-en-phone");
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL((url) => url.pathname === "/");
    await page.close();
  });
});
