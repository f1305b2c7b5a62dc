/// The list shape every collection endpoint answers with:
/// `{"items": [...], "total": N, "page": p, "pageSize": s, "pages": k}`, exact totals.
package enum ListEnvelope {
    /// Writes the page of `items` selected by `paging`; `element` writes one item.
    package static func write<C: Collection>(_ items: C, paging: Paging, into json: inout JSONWriter,
                                             element: (inout JSONWriter, C.Element) -> Void) where C.Index == Int {
        let total = items.count
        let range = paging.range(total: total)
        json.object { json in
            json.key("items")
            json.array { json in
                for index in range { element(&json, items[items.startIndex + index]) }
            }
            json.field("total", total)
            json.field("page", paging.page)
            json.field("pageSize", paging.pageSize)
            json.field("pages", paging.pages(total: total))
        }
    }
}
