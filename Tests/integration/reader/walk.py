#!/usr/bin/env python3
"""Walks the reader page in headless Chromium like a reader would, against a live kiosque.

    KIOSQUE_URL=http://127.0.0.1:8080 python3 Tests/integration/reader/walk.py

Home → search suggestions (keyboard: `/`, arrows, Escape) → results with <mark> → article
with entity highlights (each highlight's text checked against the API's mention) → entity
page with related entities → back; then every page again at 320 and 360 px wide, where
nothing may scroll sideways. No page may show a literal `null` or `undefined`. A screenshot
of each step goes to Tests/integration/reader/output/ (not committed). Fails (exit 1) on
any missing element or JavaScript console error.
"""
import json
import os
import re
import sys
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE = os.environ.get("KIOSQUE_URL") or (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080")
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "output")


def shot(driver, name):
    os.makedirs(OUTPUT, exist_ok=True)
    driver.save_screenshot(os.path.join(OUTPUT, f"{name}.png"))


def check_page(driver, name):
    """No literal null/undefined in the text, no sideways scroll; then a screenshot."""
    text = driver.find_element(By.TAG_NAME, "body").text
    for word in ("null", "undefined", "NaN"):
        assert not re.search(rf"\b{word}\b", text), f"{name}: the page shows {word!r}"
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name}: scrolls sideways by {overflow} px at {driver.execute_script('return innerWidth')} px"
    shot(driver, name)


def api(path):
    with urllib.request.urlopen(BASE + path) as response:
        return json.load(response)


def main():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's chromedriver: no download attempt (the test machines have no general network).
    service = Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
    driver = webdriver.Chrome(options=options, service=service)
    wait = WebDriverWait(driver, 10)
    try:
        driver.get(BASE + "/")
        cards = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "main .card")))
        assert cards, "no article cards on the home page"
        assert driver.find_element(By.TAG_NAME, "h1").text == "À la une"
        # Dates are shown when the articles have them (the seeds' datelines: day and month).
        dated = [a for a in api("/api/v1/articles")["items"] if a.get("published") or (a.get("dateline") or {}).get("month")]
        if dated:
            assert driver.find_elements(By.CSS_SELECTOR, "main .card .meta time, main .card .meta span"), "no date on the cards"
        check_page(driver, "home")

        # Keyboard: "/" focuses the search box, arrows move in the suggestions, Escape closes them.
        driver.find_element(By.TAG_NAME, "body").send_keys("/")
        box = driver.find_element(By.ID, "search-input")
        assert driver.switch_to.active_element == box, "'/' did not focus the search box"
        box.send_keys("hava")
        wait.until(lambda d: not d.find_element(By.ID, "suggestions").get_attribute("hidden"))
        suggestions = driver.find_elements(By.CSS_SELECTOR, "#suggestions li")
        assert any("Havane" in s.text for s in suggestions), [s.text for s in suggestions]
        assert box.get_attribute("aria-expanded") == "true"
        box.send_keys(Keys.ARROW_DOWN)
        assert suggestions[0].get_attribute("aria-selected") == "true"
        assert box.get_attribute("aria-activedescendant") == suggestions[0].get_attribute("id")
        shot(driver, "suggestions")
        box.send_keys(Keys.ESCAPE)
        assert driver.find_element(By.ID, "suggestions").get_attribute("hidden") is not None, "Escape did not close"
        assert box.get_attribute("aria-expanded") == "false"
        box.clear()
        box.send_keys("cooperation russie")
        box.send_keys(Keys.ENTER)
        wait.until(EC.url_contains("#/search"))
        marks = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "main .card mark")))
        assert marks, "no <mark> in search results"
        assert "résultat" in driver.find_element(By.CSS_SELECTOR, "main [role=status]").text
        check_page(driver, "search")

        first = driver.find_element(By.CSS_SELECTOR, "main .card a")
        first.click()
        wait.until(EC.url_contains("#/article/"))
        article_id = driver.current_url.split("#/article/")[1]
        highlights = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "article a.entity")))
        data = api(f"/api/v1/articles/{article_id}")
        surfaces = {m["text"] for e in data["entities"] for m in e["mentions"] if m["field"] in ("title", "paragraph")}
        for highlight in highlights:
            assert highlight.text in surfaces, f"highlight {highlight.text!r} is not a mention"
        assert len(highlights) == sum(1 for e in data["entities"] for m in e["mentions"] if m["field"] in ("title", "paragraph"))
        check_page(driver, "article")

        target = next(h for h in highlights if h.get_attribute("data-entity") == "cuba") if any(
            h.get_attribute("data-entity") == "cuba" for h in highlights) else highlights[0]
        target.click()
        wait.until(EC.url_contains("#/entity/"))
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "aside .related li")))
        assert driver.find_element(By.TAG_NAME, "h1").text
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "main .card")))
        entity_url = driver.current_url
        check_page(driver, "entity")
        driver.back()
        wait.until(EC.url_contains("#/article/"))
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article a.entity")))

        driver.get(BASE + "/#/entities?type=PERSON")
        chips = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "main .chips a")))
        assert all("PERSON" in chip.get_attribute("class") for chip in chips)
        check_page(driver, "entities")
        driver.get(BASE + "/#/article/does-not-exist")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "main .error")))

        # Narrow screens: every page again at 320 and 360 px.
        pages = {"home": "/", "search": "/#/search?q=cuba", "article": f"/#/article/{article_id}",
                 "entity": entity_url[len(BASE):], "entities": "/#/entities"}
        for width in (320, 360):
            driver.set_window_size(width, 800)
            for name, path in pages.items():
                driver.get("about:blank")  # a full load each time: a hash change alone keeps the old page
                driver.get(BASE + path)
                wait.until(lambda d: d.find_element(By.ID, "main").get_attribute("aria-busy") is None
                           and d.find_elements(By.CSS_SELECTOR, "main h1"))
                check_page(driver, f"{name}-{width}px")

        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE" and "does-not-exist" not in entry["message"]]
        assert not errors, errors
        print("reader walk: ok")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except AssertionError as error:
        print(f"reader walk failed: {error}", file=sys.stderr)
        sys.exit(1)
