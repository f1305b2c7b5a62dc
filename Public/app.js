// Kiosque reader: hash routes over the REST API. Text from the API is inserted with
// textContent only; the one HTML the server sends (search snippets) is rebuilt keeping
// only <mark> elements.
const main = document.getElementById("main");
const TYPES = { PERSON: "Personne", PLACE: "Lieu", ORG: "Organisation", MISC: "Autre" };
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

class ProblemError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

async function api(path, signal) {
  const response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ProblemError(response.status, body.detail || body.title || `Erreur ${response.status}`);
  return body;
}

/** "19 novembre 2021" from `published` (ISO), else "19 novembre" from a yearless dateline; null when undated. */
function dateOf(item) {
  const published = typeof item.published === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(item.published) : null;
  if (published) return `${Number(published[3])} ${MONTHS[Number(published[2]) - 1]} ${published[1]}`;
  const dateline = item.dateline && typeof item.dateline === "object" ? item.dateline : null;
  if (dateline && dateline.month) return `${dateline.day ? dateline.day + " " : ""}${MONTHS[dateline.month - 1]}`;
  return null;
}

/** `<time>` for a summary's date, or null: nothing is written for an undated article. */
function dateElement(item) {
  const text = dateOf(item);
  if (!text) return null;
  return typeof item.published === "string" ? el("time", { datetime: item.published }, text) : el("span", {}, text);
}

function metaLine(item) {
  const place = item.dateline && typeof item.dateline === "object" ? item.dateline.place : null;
  const parts = [place, item.author && `par ${item.author}`, item.source && `source : ${item.source}`].filter(Boolean);
  const date = dateElement(item);
  if (!date && !parts.length) return null;
  return el("p", { class: "meta" }, date, date && parts.length ? " · " : null, parts.join(" · "));
}

function render(title, ...content) {
  document.title = title ? `${title} — Kiosque` : "Kiosque — actualités";
  // replaceChildren would write a null or undefined as the text "null".
  main.replaceChildren(...content.flat().filter((node) => node !== null && node !== undefined && node !== false));
  const heading = main.querySelector("h1");
  (heading || main).setAttribute("tabindex", "-1");
  (heading || main).focus({ preventScroll: false });
}

function showError(error) {
  if (error.name === "AbortError") return;
  const title = error.status === 404 ? "Introuvable" : "Une erreur est survenue";
  render(title, el("h1", {}, title), el("p", { class: "error", role: "alert" }, error.message), el("p", {}, el("a", { href: "#/" }, "Retour à la une")));
}

/** The server's snippet HTML, rebuilt with only text and <mark> elements. */
function safeSnippet(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
  const out = el("p", { class: "snippet" });
  for (const node of parsed ? parsed.childNodes : []) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === "MARK") out.append(el("mark", {}, node.textContent));
    else out.append(node.textContent || "");
  }
  return out;
}

function pager(page, pages, go) {
  if (pages <= 1) return null;
  return el("nav", { class: "pager", "aria-label": "Pages" },
    el("button", { class: "secondary", disabled: page <= 1, onclick: () => go(page - 1) }, "← Précédente"),
    el("span", {}, `Page ${page} sur ${pages}`),
    el("button", { class: "secondary", disabled: page >= pages, onclick: () => go(page + 1) }, "Suivante →"));
}

function articleCard(item, heading = "h2") {
  return el("li", { class: "card" },
    el(heading, {}, el("a", { href: `#/article/${encodeURIComponent(item.id)}` }, item.title)),
    metaLine(item),
    item.snippet !== undefined ? safeSnippet(item.snippet) : el("p", { class: "snippet" }, item.excerpt || ""));
}

// ---------------------------------------------------------------- views

async function home(params, signal) {
  const page = Number(params.get("page") || 1);
  const list = await api(`/api/v1/articles?page=${page}&pageSize=12`, signal);
  render("À la une", el("h1", {}, "À la une"),
    list.items.length ? el("ul", { class: "cards" }, list.items.map((item) => articleCard(item))) : el("p", {}, "Aucun article."),
    pager(list.page, list.pages, (p) => navigate(`#/?page=${p}`)));
}

async function search(params, signal) {
  const q = params.get("q") || "";
  document.getElementById("search-input").value = q;
  if (!q.trim()) return render("Recherche", el("h1", {}, "Recherche"), el("p", {}, "Tapez des mots dans le champ de recherche."));
  const query = new URLSearchParams(params);
  query.set("pageSize", "10");
  const result = await api(`/api/v1/search?${query}`, signal);
  const toggle = (name, value) => {
    const next = new URLSearchParams(params);
    const values = next.getAll(name);
    next.delete(name);
    next.delete("page");
    if (name === "entity") { for (const v of values) if (v !== value) next.append(name, v); if (!values.includes(value)) next.append(name, value); }
    else if (params.get(name) !== value) next.set(name, value);
    navigate(`#/search?${next}`);
  };
  const facet = (title, name, values, label) => values.length ? [el("h2", {}, title), el("ul", {}, values.map((v) => {
    const value = v.id || v.value;
    const pressed = name === "entity" ? params.getAll("entity").includes(value) : params.get(name) === value;
    return el("li", {}, el("button", { class: "facet", "aria-pressed": String(pressed), onclick: () => toggle(name, value) },
      el("span", {}, label(v)), el("span", { class: "count" }, String(v.count))));
  }))] : [];
  const sort = el("select", { id: "sort", onchange: (event) => { const next = new URLSearchParams(params); next.set("sort", event.target.value); next.delete("page"); navigate(`#/search?${next}`); } },
    [["relevance", "Pertinence"], ["-date", "Plus récents"], ["date", "Plus anciens"]].map(([value, text]) => el("option", { value, selected: (params.get("sort") || "relevance") === value }, text)));
  render(`Recherche : ${q}`,
    el("h1", {}, `Résultats pour « ${q} »`),
    el("div", { class: "toolbar" },
      el("p", { class: "meta", role: "status" }, `${result.total} résultat${result.total > 1 ? "s" : ""} en ${result.tookMs.toFixed(1)} ms`),
      el("label", { for: "sort" }, "Trier :"), sort),
    el("div", { class: "layout" },
      el("section", { "aria-label": "Résultats" },
        result.items.length ? el("ol", { class: "cards" }, result.items.map((item) => articleCard(item))) : el("p", {}, "Aucun résultat."),
        pager(result.page, result.pages, (p) => { const next = new URLSearchParams(params); next.set("page", p); navigate(`#/search?${next}`); })),
      el("aside", { "aria-label": "Affiner" },
        ...facet("Entités", "entity", result.facets.entities, (v) => v.name),
        ...facet("Types", "type", result.facets.types, (v) => TYPES[v.value] || v.value),
        ...facet("Sources", "source", result.facets.sources, (v) => v.value),
        ...dateFacet("Années", result.facets.years || [], params, (v) => v.value),
        ...dateFacet("Mois", result.facets.months || [], params, (v) => `${MONTHS[Number(v.value.slice(5, 7)) - 1] || ""} ${v.value.slice(0, 4)}`))));
}

/** A year or month facet: each value filters the range to itself (`from` = `to` = value); again clears it. */
function dateFacet(title, values, params, label) {
  if (!values.length) return [];
  return [el("h2", {}, title), el("ul", {}, values.map((v) => {
    const pressed = params.get("from") === v.value && params.get("to") === v.value;
    const go = () => {
      const next = new URLSearchParams(params);
      next.delete("page");
      if (pressed) { next.delete("from"); next.delete("to"); } else { next.set("from", v.value); next.set("to", v.value); }
      navigate(`#/search?${next}`);
    };
    return el("li", {}, el("button", { class: "facet", "aria-pressed": String(pressed), onclick: go },
      el("span", {}, label(v)), el("span", { class: "count" }, String(v.count))));
  }))];
}

/** A paragraph with its entity mentions as links, placed by their UTF-16 offsets. */
function annotated(text, mentions, tag = "p") {
  const node = el(tag);
  let cursor = 0;
  for (const mention of [...mentions].sort((a, b) => a.utf16Start - b.utf16Start)) {
    if (mention.utf16Start < cursor) continue;
    node.append(text.slice(cursor, mention.utf16Start));
    const surface = text.slice(mention.utf16Start, mention.utf16Start + mention.utf16Length);
    node.append(el("a", { class: `entity ${mention.type}`, href: `#/entity/${encodeURIComponent(mention.entity)}`,
      title: `${mention.name} (${TYPES[mention.type]})`, "data-entity": mention.entity }, surface));
    cursor = mention.utf16Start + mention.utf16Length;
  }
  node.append(text.slice(cursor));
  return node;
}

async function article(id, signal) {
  const a = await api(`/api/v1/articles/${encodeURIComponent(id)}`, signal);
  const byField = new Map();
  for (const entity of a.entities) {
    for (const m of entity.mentions) {
      const key = m.field === "paragraph" ? `p${m.paragraph}` : m.field;
      if (!byField.has(key)) byField.set(key, []);
      byField.get(key).push({ ...m, entity: entity.id, type: entity.type, name: entity.name });
    }
  }
  const similar = await api(`/api/v1/articles/${encodeURIComponent(id)}/similar?pageSize=5`, signal).catch(() => ({ items: [] }));
  render(a.title,
    el("div", { class: "layout" },
      el("article", {},
        annotated(a.title, byField.get("title") || [], "h1"),
        metaLine(a),
        el("ul", { class: "legend", "aria-label": "Légende" }, Object.entries(TYPES).map(([type, label]) => el("li", { class: type }, label))),
        el("div", { class: "article-body" }, a.paragraphs.map((text, index) => annotated(text, byField.get(`p${index}`) || []))),
        a.url ? el("p", {}, el("a", { href: a.url, rel: "noopener noreferrer" }, "Lire l’article original")) : null),
      el("aside", { "aria-label": "Entités de l’article" },
        el("h2", {}, "Entités"),
        el("ul", {}, a.entities.map((entity) => el("li", {},
          el("a", { class: `entity ${entity.type}`, href: `#/entity/${encodeURIComponent(entity.id)}` }, entity.name),
          el("span", { class: "meta" }, ` ${TYPES[entity.type]} · ${entity.mentionCount}`)))),
        similar.items.length ? el("h2", {}, "À lire aussi") : null,
        similar.items.length ? el("ul", { class: "similar" }, similar.items.map((s) => el("li", {},
          el("a", { href: `#/article/${encodeURIComponent(s.id)}` }, s.title),
          el("span", { class: "meta" }, ` ${dateOf(s) || ""}`.trimEnd(),
            s.shared.length ? ` — en commun : ${s.shared.slice(0, 3).map((x) => x.label).join(", ")}` : "")))) : null)));
}

async function entity(id, params, signal) {
  const page = Number(params.get("page") || 1);
  const [e, related, mentions] = await Promise.all([
    api(`/api/v1/entities/${encodeURIComponent(id)}?page=${page}&pageSize=12`, signal),
    api(`/api/v1/entities/${encodeURIComponent(id)}/related`, signal),
    api(`/api/v1/entities/${encodeURIComponent(id)}/mentions?pageSize=20`, signal),
  ]);
  render(e.name,
    el("div", { class: "layout" },
      el("section", {},
        el("h1", {}, e.name),
        el("p", { class: "meta" }, `${TYPES[e.type]} · ${e.mentionCount} mention${e.mentionCount > 1 ? "s" : ""} dans ${e.articleCount} article${e.articleCount > 1 ? "s" : ""}`),
        e.variants.length > 1 ? el("p", {}, "Aussi écrit : ", e.variants.join(", ")) : null,
        appearances(e),
        el("h2", {}, "Articles"),
        el("ul", { class: "cards" }, e.articles.items.map((a) => articleCard(a, "h3"))),
        pager(e.articles.page, e.articles.pages, (p) => navigate(`#/entity/${encodeURIComponent(id)}?page=${p}`)),
        el("h2", {}, "Mentions en contexte"),
        mentions.items.map((m) => {
          // The mention's offset inside its sentence: both offsets count from the field's start.
          const at = m.utf16Start - m.sentenceUtf16Start;
          return el("blockquote", {},
          m.sentence.slice(0, at), el("mark", {}, m.sentence.slice(at, at + m.utf16Length)),
          m.sentence.slice(at + m.utf16Length),
          el("footer", { class: "meta" }, el("a", { href: `#/article/${encodeURIComponent(m.articleId)}` }, m.articleTitle)));
        })),
      el("aside", { "aria-label": "Entités liées" },
        el("h2", {}, "Souvent avec"),
        related.items.length ? el("ul", { class: "related" }, related.items.map((r) => el("li", {},
          el("a", { class: `entity ${r.entity.type}`, href: `#/entity/${encodeURIComponent(r.entity.id)}` }, r.entity.name),
          el("span", { class: "meta" }, ` ${r.count} article${r.count > 1 ? "s" : ""}`)))) : el("p", {}, "Aucune."))));
}

/** "Première mention : … · Dernière : …", with dates when the articles have them. */
function appearances(e) {
  const line = (label, a) => a ? [label, el("a", { href: `#/article/${encodeURIComponent(a.articleId)}` }, a.title), dateOf(a) ? ` (${dateOf(a)})` : ""] : [];
  const first = line("Première mention : ", e.firstAppearance), last = line("Dernière : ", e.lastAppearance);
  if (!first.length) return null;
  const same = e.firstAppearance && e.lastAppearance && e.firstAppearance.articleId === e.lastAppearance.articleId;
  return el("p", { class: "meta" }, first, same ? [] : [" · ", last]);
}

async function entities(params, signal) {
  const query = new URLSearchParams();
  for (const key of ["type", "sort", "q", "page"]) if (params.get(key)) query.set(key, params.get(key));
  query.set("pageSize", "50");
  const list = await api(`/api/v1/entities?${query}`, signal);
  const update = (key, value) => { const next = new URLSearchParams(params); if (value) next.set(key, value); else next.delete(key); next.delete("page"); navigate(`#/entities?${next}`); };
  const filter = el("input", { id: "entity-filter", type: "search", value: params.get("q") || "", placeholder: "Nom…", autocomplete: "off" });
  let timer;
  filter.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => update("q", filter.value.trim()), 300); });
  render("Entités",
    el("h1", {}, "Entités"),
    el("div", { class: "toolbar" },
      el("label", { for: "entity-filter" }, "Filtrer :"), filter,
      el("label", { for: "entity-type" }, "Type :"),
      el("select", { id: "entity-type", onchange: (e) => update("type", e.target.value) },
        el("option", { value: "" }, "Tous"), Object.entries(TYPES).map(([value, text]) => el("option", { value, selected: params.get("type") === value }, text))),
      el("label", { for: "entity-sort" }, "Trier :"),
      el("select", { id: "entity-sort", onchange: (e) => update("sort", e.target.value) },
        el("option", { value: "mentions", selected: params.get("sort") !== "name" }, "Mentions"), el("option", { value: "name", selected: params.get("sort") === "name" }, "Nom"))),
    el("p", { class: "meta", role: "status" }, `${list.total} entité${list.total > 1 ? "s" : ""}`),
    el("ul", { class: "chips" }, list.items.map((e) => el("li", {},
      el("a", { class: `entity ${e.type}`, href: `#/entity/${encodeURIComponent(e.id)}`, title: TYPES[e.type] }, `${e.name} (${e.mentionCount})`)))),
    pager(list.page, list.pages, (p) => { const next = new URLSearchParams(params); next.set("page", p); navigate(`#/entities?${next}`); }));
  if (params.get("q")) { filter.focus(); filter.setSelectionRange(filter.value.length, filter.value.length); }
}

// ---------------------------------------------------------------- routing

let controller;
function navigate(hash) { if (location.hash === hash) route(); else location.hash = hash; }

async function route() {
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const hash = location.hash.slice(1) || "/";
  const [path, queryString] = hash.split("?");
  const params = new URLSearchParams(queryString || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  main.setAttribute("aria-busy", "true");
  try {
    if (parts.length === 0) await home(params, signal);
    else if (parts[0] === "search") await search(params, signal);
    else if (parts[0] === "article" && parts[1]) await article(parts[1], signal);
    else if (parts[0] === "entity" && parts[1]) await entity(parts[1], params, signal);
    else if (parts[0] === "entities") await entities(params, signal);
    else throw new ProblemError(404, "Cette page n’existe pas.");
  } catch (error) {
    showError(error);
  } finally {
    main.removeAttribute("aria-busy");
  }
}

// ---------------------------------------------------------------- search box with suggestions

const form = document.getElementById("search-form");
const input = document.getElementById("search-input");
const list = document.getElementById("suggestions");
let suggestController, suggestTimer, active = -1, options = [];

function closeSuggestions() {
  list.hidden = true;
  list.replaceChildren();
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
  options = [];
  active = -1;
}

function setActive(index) {
  options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
  active = index;
  if (index >= 0) input.setAttribute("aria-activedescendant", options[index].id); else input.removeAttribute("aria-activedescendant");
}

async function suggest() {
  const q = input.value.trim();
  suggestController?.abort();
  if (q.length < 2) return closeSuggestions();
  suggestController = new AbortController();
  try {
    const result = await api(`/api/v1/suggest?q=${encodeURIComponent(q)}`, suggestController.signal);
    const items = [
      ...result.entities.map((e) => ({ label: e.name, kind: TYPES[e.type], href: `#/entity/${encodeURIComponent(e.id)}` })),
      ...result.titles.map((t) => ({ label: t.title, kind: "Article", href: `#/article/${encodeURIComponent(t.id)}` })),
    ];
    if (!items.length) return closeSuggestions();
    options = items.map((item, index) => el("li", { id: `suggestion-${index}`, role: "option", "aria-selected": "false",
      onmousedown: (event) => { event.preventDefault(); closeSuggestions(); navigate(item.href); } },
      el("span", {}, item.label), el("span", { class: "kind" }, item.kind)));
    options.forEach((option, index) => { option.dataset.href = items[index].href; });
    list.replaceChildren(...options);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  } catch (error) {
    if (error.name !== "AbortError") closeSuggestions();
  }
}

input.addEventListener("input", () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
input.addEventListener("keydown", (event) => {
  if (list.hidden) return;
  if (event.key === "ArrowDown") { event.preventDefault(); setActive((active + 1) % options.length); }
  else if (event.key === "ArrowUp") { event.preventDefault(); setActive((active - 1 + options.length) % options.length); }
  else if (event.key === "Escape") { closeSuggestions(); }
  else if (event.key === "Enter" && active >= 0) { event.preventDefault(); const href = options[active].dataset.href; closeSuggestions(); navigate(href); }
});
input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  closeSuggestions();
  const q = input.value.trim();
  if (q) navigate(`#/search?q=${encodeURIComponent(q)}`);
});

// "/" jumps to the search box from anywhere but a text field (as on most news sites).
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target?.isContentEditable) return;
  event.preventDefault();
  input.focus();
  input.select();
});

window.addEventListener("hashchange", route);
route();
