#!/usr/bin/env python3
"""Generates Sources/KiosqueAPI/OpenAPI/OpenAPIDocument+JSON.swift, the OpenAPI 3.1 description
of Kiosque's REST API. This script is the source of truth: edit it, run it, commit both.

    python3 tools/openapi/generate.py            # writes the Swift file
    python3 tools/openapi/generate.py --json     # prints the JSON document
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The release, read from the one place it is written (Sources/KiosqueAPI/Version.swift).
with open(os.path.join(HERE, "..", "..", "Sources", "KiosqueAPI", "Version.swift"), encoding="utf-8") as _version:
    VERSION = re.search(r'current = "([^"]+)"', _version.read()).group(1)
OUT = os.path.join(HERE, "..", "..", "Sources", "KiosqueAPI", "OpenAPI", "OpenAPIDocument+JSON.swift")


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(kind):
    return {"type": [kind, "null"]}


def problem(description):
    return {"description": description, "content": {"application/problem+json": {"schema": ref("Problem")}}}


def ok(schema, description="OK"):
    return {"description": description,
            "headers": {"ETag": {"$ref": "#/components/headers/ETag"},
                        "Cache-Control": {"$ref": "#/components/headers/CacheControl"}},
            "content": {"application/json": {"schema": schema}}}


def param(name, schema, description, required=False, where="query", **extra):
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema, **extra}


def list_of(item):
    return {"type": "object", "required": ["items", "total", "page", "pageSize", "pages"], "properties": {
        "items": {"type": "array", "items": item}, "total": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1}, "pageSize": {"type": "integer", "minimum": 1},
        "pages": {"type": "integer", "minimum": 0}}}


def obj(required, **properties):
    return {"type": "object", "required": required, "properties": properties}


INT, STR, NUM, BOOL = {"type": "integer"}, {"type": "string"}, {"type": "number"}, {"type": "boolean"}
ERRORS = {"400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}
COMMON = {"304": {"$ref": "#/components/responses/NotModified"},
          "405": {"$ref": "#/components/responses/MethodNotAllowed"},
          "406": {"$ref": "#/components/responses/NotAcceptable"},
          "414": {"$ref": "#/components/responses/URITooLong"},
          "431": {"$ref": "#/components/responses/HeadersTooLarge"},
          "503": {"$ref": "#/components/responses/Unavailable"}}

PAGE = param("page", {"type": "integer", "minimum": 1, "maximum": 1000000, "default": 1},
             "Page number, from 1. A page past the end returns empty items with the true total.")
PAGE_SIZE = param("pageSize", {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}, "Items per page (at most 100).")
PRETTY = param("pretty", {}, "Present (with any value, or none) to indent the JSON.", allowEmptyValue=True)
# Only dates that exist: 30-day months stop at 30, February at 28, or 29 in a leap year.
_YEAR = "[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000"
_LEAP = "[0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00"
_MONTH_DAY = "(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8])"
DATE = {"type": "string",
        "pattern": f"^(({_YEAR})(-(0[1-9]|1[0-2])|-({_MONTH_DAY}))?|({_LEAP})-02-29)$",
        "description": "YYYY, YYYY-MM or YYYY-MM-DD (UTC). A year or month stands for all its days."}
PUBLISHED = {"type": ["string", "null"],
             "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$",
             "description": "Publication date with its year, ISO 8601 (`2021-11-19`, or with a UTC time); null when unknown."}
ENTITY = param("entity", {"type": "array", "items": {"type": "string", "maxLength": 200}},
               "Entity id (`la-havane`), or a name that folds to one (`La Havane`); repeat it for several (all must be present).",
               style="form", explode=True)
TYPE = param("type", ref("EntityType"), "Entity type.")
SOURCE = param("source", {"type": "string", "maxLength": 200}, "Source name (the article's `Source` line); case, accents and hyphens ignored.")
AUTHOR = param("author", {"type": "string", "maxLength": 200}, "Author name; case, accents and hyphens ignored.")
PLACE = param("place", {"type": "string", "maxLength": 200}, "Dateline place; case, accents and hyphens ignored.")
FROM = param("from", DATE, "Earliest publication date, inclusive. Only articles with a full date (a year) match a range.")
TO = param("to", DATE, "Latest publication date, inclusive; before `from` is a 400 naming `to`.")
ID = param("id", {"type": "string", "minLength": 1, "maxLength": 200}, "Identifier.", required=True, where="path")
QUERY = {"type": "string", "minLength": 1, "maxLength": 1024, "pattern": "\\S"}


GRAMMAR = ("words side by side must all match (implicit AND; `AND` says it explicitly); `a OR b`; `NOT word` or `-word` "
           "excludes; parentheses group (`(navire OR vaisseau) AND mer`); `\"exact phrase\"`, `« phrase »` or `“phrase”`; "
           "`pref*` matches words whose accent-folded form starts with `pref`; `title:word` (in the title only), "
           "`author:word`, `source:word` (a word of the author or source), `entity:<id>`. Operators are upper case; "
           "OR binds tighter than AND. Accents, case and elision do not matter. A word of 5-8 letters may have one "
           "typo, of 9 or more two (a transposition is one), when the index has no such word. The last word is also "
           "a prefix (search as you type) unless the query ends with a space. Malformed queries (unbalanced "
           "parentheses or quotes) are read leniently, never refused.")


def op(operation_id, summary, params, responses, tag):
    return {"operationId": operation_id, "summary": summary, "tags": [tag],
            "parameters": params + [PRETTY], "responses": {**responses, **COMMON}}


FIELDS = ["title", "paragraph", "dateline", "author", "source", "publisher"]
MENTION = obj(["text", "field", "paragraph", "utf8Start", "utf8Length", "utf16Start", "utf16Length"],
              text=STR, field={"enum": FIELDS}, paragraph=nullable("integer"),
              utf8Start=INT, utf8Length=INT, utf16Start=INT, utf16Length=INT)

DATELINE = {"oneOf": [ref("Dateline"), {"type": "null"}]}
SUMMARY_PROPERTIES = {"id": STR, "title": STR, "published": PUBLISHED, "dateline": DATELINE,
                      "author": nullable("string"), "agency": nullable("string"), "source": nullable("string"),
                      "url": nullable("string"), "excerpt": STR, "entityCount": INT}

SCHEMAS = {
    "Problem": {**obj(["type", "title", "status"], type=STR, title=STR, status=INT, detail=STR, instance=STR,
                      parameter={"type": "string", "description": "The offending query parameter, when there is one."}),
                "description": "RFC 9457 problem details."},
    "EntityType": {"type": "string", "enum": ["PERSON", "PLACE", "ORG", "MISC"]},
    "Dateline": obj(["raw", "place", "day", "month"], raw=STR, place=nullable("string"),
                    day=nullable("integer"), month=nullable("integer")),
    "ArticleSummary": {"type": "object",
                       "description": "An article in a list (articles, search hits, an entity's articles, similar articles); "
                                      "`fields` may select a subset of these keys.",
                       "properties": SUMMARY_PROPERTIES},
    "Mention": MENTION,
    "Article": obj(["id", "title", "published", "dateline", "author", "agency", "source", "url", "publisher", "paragraphs", "entities"],
                   id=STR, title=STR, published=PUBLISHED, dateline=DATELINE,
                   author=nullable("string"), agency=nullable("string"), source=nullable("string"),
                   url=nullable("string"), publisher=nullable("string"),
                   paragraphs={"type": "array", "items": STR},
                   entities={"type": "array", "items": obj(["id", "name", "type", "mentionCount", "mentions"],
                                                           id=STR, name=STR, type=ref("EntityType"), mentionCount=INT,
                                                           mentions={"type": "array", "items": ref("Mention")})}),
    "EntitySummary": obj(["id", "name", "type", "mentionCount", "articleCount"],
                         id=STR, name=STR, type=ref("EntityType"), mentionCount=INT, articleCount=INT),
    "Appearance": {**obj(["articleId", "title", "published", "day", "month"], articleId=STR, title=STR, published=PUBLISHED,
                         day=nullable("integer"), month=nullable("integer")), "type": ["object", "null"]},
    "Entity": obj(["id", "name", "type", "variants", "mentionCount", "articleCount", "articles", "firstAppearance", "lastAppearance"],
                  id=STR, name=STR, type=ref("EntityType"), variants={"type": "array", "items": STR},
                  mentionCount=INT, articleCount=INT,
                  articles={**list_of(ref("ArticleSummary")),
                            "description": "One page of the entity's articles, newest first (`page`, `pageSize`)."},
                  firstAppearance=ref("Appearance"), lastAppearance=ref("Appearance")),
    "RelatedEntity": obj(["entity", "count", "articleIds", "articles"], entity=ref("EntitySummary"), count=INT,
                         articleIds={"type": "array", "maxItems": 10, "items": STR,
                                     "description": "The first shared articles (at most 10); `articles` pages them all."},
                         articles={"type": "string", "description": "The article list filtered on both entities."}),
    "SimilarArticle": {"type": "object", "required": ["id", "title", "published", "dateline", "score", "shared"],
                       "properties": {**SUMMARY_PROPERTIES, "score": NUM,
                                      "shared": {"type": "array", "description": "What the articles share; the score is the sum of the weights.",
                                                 "items": obj(["kind", "id", "label", "weight"], kind={"enum": ["entity", "term"]},
                                                              id=STR, label=STR, weight=NUM)}}},
    "EntityMention": obj(["articleId", "articleTitle", "field", "paragraph", "text", "sentence", "sentenceUtf16Start",
                          "utf16Start", "utf16Length", "utf8Start", "utf8Length"],
                         articleId=STR, articleTitle=STR, field={"enum": FIELDS},
                         paragraph=nullable("integer"), text=STR, sentence=STR,
                         sentenceUtf16Start={"type": "integer", "description": "Where the sentence starts in the field's text (UTF-16), like `utf16Start`."},
                         utf16Start=INT, utf16Length=INT, utf8Start=INT, utf8Length=INT),
    "Highlight": obj(["field", "paragraph", "start", "length"],
                     field={"enum": ["title", "paragraph", "author", "dateline", "source"],
                            "description": "Where the match is; a phrase is one highlight from its first word to its last."},
                     paragraph=nullable("integer"),
                     start={"type": "integer", "description": "UTF-16 offset into the original text of the field."},
                     length=INT),
    "FacetValue": obj(["value", "count"], value=STR, count=INT),
    "SearchHit": {"type": "object", "required": ["id", "title", "published", "dateline", "score", "snippet", "highlights"],
                  "description": "An ArticleSummary with the hit's score, snippet and highlights.",
                  "properties": {**SUMMARY_PROPERTIES, "score": NUM,
                                 "snippet": {"type": "string", "description": "HTML: the text is escaped and matches are wrapped in <mark>."},
                                 "highlights": {"type": "array", "items": ref("Highlight")}}},
    "SearchResult": obj(["query", "items", "total", "page", "pageSize", "pages", "facets", "tookMs"],
                        query=STR, items={"type": "array", "items": ref("SearchHit")}, total=INT, page=INT,
                        pageSize=INT, pages=INT, tookMs=NUM,
                        facets=obj([],
                                   entities={"type": "array", "items": obj(["id", "name", "type", "count"], id=STR, name=STR,
                                                                           type=ref("EntityType"), count=INT)},
                                   types={"type": "array", "items": ref("FacetValue")},
                                   sources={"type": "array", "items": ref("FacetValue")},
                                   years={"type": "array", "items": ref("FacetValue"), "description": "`YYYY`, oldest first."},
                                   months={"type": "array", "items": ref("FacetValue"), "description": "`YYYY-MM`, oldest first."})),
    "Suggestions": obj(["query", "titles", "entities"], query=STR,
                       titles={"type": "array", "items": obj(["id", "title", "published"], id=STR, title=STR, published=PUBLISHED)},
                       entities={"type": "array", "items": obj(["id", "name", "type"], id=STR, name=STR, type=ref("EntityType"))}),
    "Analysis": obj(["text", "tokens"], text=STR, tokens={"type": "array", "items": obj(
        ["original", "normalized", "folded", "stem", "stopWord", "position", "utf8Start", "utf8Length", "utf16Start", "utf16Length"],
        original=STR, normalized=STR, folded=STR, stem=STR, stopWord=BOOL, position=INT,
        utf8Start=INT, utf8Length=INT, utf16Start=INT, utf16Length=INT)}),
    "LoadIssue": obj(["location", "message"], location=STR, message=STR),
    "Stats": obj(["articles", "entities", "entitiesByType", "mentions", "loadReport", "version"],
                 articles=INT, entities=INT, mentions=INT,
                 entitiesByType={"type": "object", "additionalProperties": INT},
                 loadReport=obj(["filesRead", "articlesLoaded", "skipped", "duplicates", "notes", "parseSeconds"],
                                filesRead=INT, articlesLoaded=INT,
                                skipped={"type": "array", "items": ref("LoadIssue")},
                                notes={"type": "array", "items": ref("LoadIssue"),
                                       "description": "Said once: dates read from an alias of `published`, ids made URL-safe."},
                                duplicates={"type": "array", "items": ref("LoadIssue")}, parseSeconds=NUM),
                 loadSeconds=NUM, indexSeconds=NUM, version=STR, startedAt=STR),
    "Health": obj(["status"], status=STR),
}

SUMMARY_KEYS = "id|title|published|dateline|author|agency|source|url|excerpt|entityCount"

PATHS = {
    "/api/v1/articles": {"get": op("listArticles", "List articles (filtered, sorted, paged)", [
        PAGE, PAGE_SIZE,
        param("sort", {"enum": ["date", "-date", "title", "-title"], "default": "-date"},
              "-date: newest first; date: oldest first (both: full dates, then yearless datelines, then undated; "
              "ties by id in natural order); title: French collation (accents and case folded, then exact)."),
        ENTITY, SOURCE, AUTHOR, PLACE, FROM, TO,
        param("fields", {"type": "string", "maxLength": 200, "pattern": f"^({SUMMARY_KEYS})(,({SUMMARY_KEYS}))*$"},
              "Comma-separated ArticleSummary keys to keep."),
        param("url", {"type": "string", "maxLength": 2048}, "Only the article with this URL (a list of 0 or 1 items, like any filter)."),
    ], {"200": ok(list_of(ref("ArticleSummary")), "A page of articles."), **ERRORS}, "articles")},
    "/api/v1/articles/{id}": {"get": op("getArticle", "One article with its entities and mention offsets", [ID],
                                        {"200": ok(ref("Article")), **ERRORS}, "articles")},
    "/api/v1/articles/{id}/similar": {"get": op(
        "similarArticles", "Related reading: articles sharing the most distinctive entities and title words, scores explained",
        [ID, PAGE, param("pageSize", {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}, "Items per page (at most 100).")],
        {"200": ok(list_of(ref("SimilarArticle"))), **ERRORS}, "articles")},
    "/api/v1/entities": {"get": op("listEntities", "List entities, with autocomplete", [
        PAGE, PAGE_SIZE, TYPE,
        param("sort", {"enum": ["mentions", "name", "-name"], "default": "mentions"},
              "mentions: most mentioned first; name: French collation of names."),
        param("q", QUERY, "Autocomplete: accent-, case- and elision-insensitive prefix of any word of the name."),
    ], {"200": ok(list_of(ref("EntitySummary"))), **ERRORS}, "entities")},
    "/api/v1/entities/{id}": {"get": op("getEntity", "One entity: variants, a page of its articles, first and last appearance",
                                        [ID, PAGE, PAGE_SIZE],
                                        {"200": ok(ref("Entity")), **ERRORS}, "entities")},
    "/api/v1/entities/{id}/articles": {"get": op("entityArticles", "The entity's articles, newest first, paged",
                                                 [ID, PAGE, PAGE_SIZE], {"200": ok(list_of(ref("ArticleSummary"))), **ERRORS}, "entities")},
    "/api/v1/entities/{id}/related": {"get": op("relatedEntities", "Entities that share articles with this one (`articles` pages the shared ones)",
                                                [ID, PAGE, PAGE_SIZE], {"200": ok(list_of(ref("RelatedEntity"))), **ERRORS}, "entities")},
    "/api/v1/entities/{id}/mentions": {"get": op("entityMentions", "Each mention of the entity, in its sentence",
                                                 [ID, PAGE, PAGE_SIZE], {"200": ok(list_of(ref("EntityMention"))), **ERRORS}, "entities")},
    "/api/v1/search": {"get": op("search", "Full-text search (BM25) with facets and highlights", [
        param("q", QUERY, "Query, in the query language: " + GRAMMAR, required=True),
        PAGE, PAGE_SIZE, ENTITY, TYPE,
        param("source", {"type": "array", "items": {"type": "string", "maxLength": 200}},
              "Exact source name; repeat it for several (any of them). The sources facet is then counted as if no "
              "source were selected (disjunctive).", style="form", explode=True),
        AUTHOR, FROM, TO,
        param("facets", {"type": "string", "maxLength": 200, "pattern": "^(none|(entities|types|sources|months)(,(entities|types|sources|months))*)$"},
              "Facets to count, comma-separated, or `none` (no counting); default: all. Only those asked for are in `facets`."),
        param("facetSize", {"type": "integer", "minimum": 0, "maximum": 100, "default": 10},
              "Entity facet values returned (the most frequent; of the `type` given, if any)."),
        param("sort", {"enum": ["relevance", "date", "-date"], "default": "relevance"}, "Sort order."),
    ], {"200": ok(ref("SearchResult")), **ERRORS}, "search")},
    "/api/v1/suggest": {"get": op("suggest", "As-you-type suggestions: titles and entities",
                                  [param("q", QUERY, "What the user typed so far.", required=True)],
                                  {"200": ok(ref("Suggestions")), **ERRORS}, "search")},
    "/api/v1/analyze": {"get": op("analyze", "The French analyzer's tokens for a text (what a search word becomes). "
                                             "The search query language around those words: " + GRAMMAR,
                                  [param("text", QUERY, "Text to analyze.", required=True)],
                                  {"200": ok(ref("Analysis")), **ERRORS}, "search")},
    "/api/v1/stats": {"get": op("stats", "Corpus counts, the load report, timings, version", [],
                                {"200": ok(ref("Stats")), "400": {"$ref": "#/components/responses/BadRequest"}}, "service")},
    "/healthz": {"get": op("healthz", "The process is alive", [], {"200": ok(ref("Health"))}, "service")},
    "/livez": {"get": op("livez", "The process is alive", [], {"200": ok(ref("Health"))}, "service")},
    "/readyz": {"get": op("readyz", "Ready once the corpus is loaded; 503 while draining", [],
                          {"200": ok(ref("Health")), "503": problem("Not ready (loading or draining).")}, "service")},
    "/metrics": {"get": op("metrics", "Prometheus metrics (text exposition format)", [],
                           {"200": {"description": "Prometheus text format 0.0.4",
                                    "content": {"text/plain": {"schema": STR}}}}, "service")},
    "/openapi.json": {"get": op("openapi", "This document", [],
                                {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
                                "service")},
    "/.well-known/api-catalog": {"get": op("apiCatalog", "RFC 9727 API catalog: a linkset pointing to this document", [],
                                           {"200": {"description": "Linkset",
                                                    "content": {"application/linkset+json": {"schema": {"type": "object"}}}}},
                                           "service")},
}

DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "Kiosque", "version": VERSION,
             "description": "Articles, named entities and French full-text search over an immutable corpus of French "
                            "news. Every error is an RFC 9457 problem+json body.",
             "license": {"name": "MIT", "identifier": "MIT"}},
    "servers": [{"url": "/"}],
    "tags": [{"name": "articles"}, {"name": "entities"}, {"name": "search"}, {"name": "service"}],
    "paths": PATHS,
    "components": {
        "schemas": SCHEMAS,
        "headers": {"ETag": {"description": "Strong entity tag of the representation.", "schema": STR},
                    "CacheControl": {"description": "Caching policy.", "schema": STR}},
        "responses": {
            "BadRequest": problem("A parameter is invalid; `parameter` names it."),
            "NotFound": problem("No such resource."),
            "MethodNotAllowed": {"description": "Wrong method; the Allow header lists the right ones.",
                                 "headers": {"Allow": {"schema": STR}},
                                 "content": {"application/problem+json": {"schema": ref("Problem")}}},
            "NotModified": {"description": "The representation matches If-None-Match."},
            "NotAcceptable": problem("Accept-Encoding excludes every coding the resource can be sent in."),
            "URITooLong": problem("The request line is longer than the server's limit (8 KiB by default)."),
            "HeadersTooLarge": problem("The header section is larger than the server's limit."),
            "Unavailable": problem("Too many connections, or the server is shutting down."),
        },
    },
}


def main():
    text = json.dumps(DOCUMENT, ensure_ascii=False, separators=(",", ":"))
    if "--json" in sys.argv:
        print(json.dumps(DOCUMENT, ensure_ascii=False, indent=2))
        return
    assert '"""#' not in text
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by tools/openapi/generate.py — do not edit; edit the script and run it.\n\n")
        out.write("extension OpenAPIDocument {\n")
        out.write("    /// The OpenAPI 3.1 document, compact JSON.\n")
        out.write('    static let json = #"""\n' + text + '\n"""#\n')
        out.write("}\n")


if __name__ == "__main__":
    main()
