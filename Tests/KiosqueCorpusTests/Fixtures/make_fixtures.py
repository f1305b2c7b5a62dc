#!/usr/bin/env python3
"""Writes the hand-annotated test articles (articles/*.txt, seed format) and their gold
(gold/*.json, GUIDELINES.md shape) from the definitions below. The annotation follows
Tests/Fixtures/gold/GUIDELINES.md; it was written before running the extractor on the texts.

    python3 Tests/KiosqueCorpusTests/Fixtures/make_fixtures.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

E = lambda canonical, type_, *mentions, **extra: {"canonical": canonical, "type": type_, "mentions": list(mentions) or [canonical], **extra}

ARTICLES = [
    {
        "file": "101_fmi_afrique",
        "title": "Le FMI et l’Union africaine discutent de la dette",
        "dateline": "Addis-Abeba, 4 mars (PL)",
        "author": None,
        "paragraphs": [
            "Le Fonds monétaire international (FMI) et l’Union africaine ont tenu lundi une réunion sur la dette des pays du continent, a annoncé l'organisation panafricaine.",
            "Selon la directrice générale du FMI, Kristalina Georgieva, les économies africaines ont besoin d’un allègement rapide. Georgieva a rencontré le président de la Commission de l'Union africaine, Moussa Faki Mahamat.",
            "Les Éthiopiens suivent de près ces discussions, car l'Éthiopie négocie une restructuration avec ses créanciers, dont la Chine et la Banque mondiale.",
            "Faki Mahamat a rappelé que l’Afrique représente près d'un cinquième de la population mondiale.",
        ],
        "source": "Prensa Latina",
        "url": "https://www.radiohc.cu/index.php/fr/noticias/internacionales/300101-le-fmi-et-lunion-africaine",
        "entities": [
            E("FMI", "ORG", "FMI", "Fonds monétaire international"),
            E("Union africaine", "ORG"),
            E("Kristalina Georgieva", "PERSON", "Kristalina Georgieva", "Georgieva"),
            E("Commission de l'Union africaine", "ORG"),
            E("Moussa Faki Mahamat", "PERSON", "Moussa Faki Mahamat", "Faki Mahamat"),
            E("Éthiopie", "PLACE"),
            E("Chine", "PLACE"),
            E("Banque mondiale", "ORG"),
            E("Afrique", "PLACE"),
            E("Addis-Abeba", "PLACE", optional=True, where="metadata"),
            E("Prensa Latina", "ORG", optional=True, where="metadata"),
        ],
    },
    {
        "file": "102_ouragan_oriente",
        "title": "L’ouragan Oscar frappe l'est de Cuba",
        "dateline": "Santiago de Cuba, 21 octobre (RHC)",
        "author": None,
        "paragraphs": [
            "L'ouragan Oscar a touché terre dimanche près de Baracoa, dans la province de Guantánamo, avec des vents de 130 kilomètres par heure, selon l’Institut de météorologie.",
            "Le président Miguel Díaz-Canel s'est rendu à Santiago de Cuba et à Guantánamo pour évaluer les dégâts. Díaz-Canel a appelé les habitants de l’Oriente à la prudence.",
            "Les Cubains de la région ont été évacués vers des abris. La Croix-Rouge et l'Organisation mondiale de la santé ont offert leur aide.",
            "Mardi, la tempête se dirigeait vers les Bahamas.",
        ],
        "source": None,
        "url": "https://www.radiohc.cu/index.php/fr/noticias/nacionales/300102-louragan-oscar",
        "entities": [
            E("Oscar", "MISC"),
            E("Cuba", "PLACE"),
            E("Baracoa", "PLACE"),
            E("Guantánamo", "PLACE"),
            E("Institut de météorologie", "ORG"),
            E("Miguel Díaz-Canel", "PERSON", "Miguel Díaz-Canel", "Díaz-Canel"),
            E("Santiago de Cuba", "PLACE"),
            E("Oriente", "PLACE"),
            E("Croix-Rouge", "ORG"),
            E("Organisation mondiale de la santé", "ORG"),
            E("Bahamas", "PLACE"),
        ],
    },
    {
        "file": "103_vaccins_abdala",
        "title": "Le Mexique reçoit de nouvelles doses du vaccin Abdala",
        "dateline": None,
        "author": "Roberto Morales Ojeda",
        "paragraphs": [
            "Le Mexique a reçu jeudi un nouveau lot du vaccin cubain Abdala, développé par le Centre de génie génétique et de biotechnologie de La Havane.",
            "Le ministre mexicain de la Santé, Jorge Alcocer, a remercié les autorités cubaines. Alcocer a souligné que la coopération avec Cuba a permis de vacciner des millions de personnes contre la Covid-19.",
            "BioCubaFarma, le groupe d’entreprises qui produit Abdala, prévoit d'exporter le vaccin vers le Venezuela, le Nicaragua et le Vietnam.",
            "Ces envois s'inscrivent dans l’accord signé en 2021 entre Mexico et La Havane.",
        ],
        "source": "Cubadebate",
        "url": "https://www.radiohc.cu/index.php/fr/noticias/nacionales/300103-le-mexique-recoit",
        "entities": [
            E("Mexique", "PLACE"),
            E("Abdala", "MISC"),
            E("Centre de génie génétique et de biotechnologie", "ORG"),
            E("La Havane", "PLACE"),
            E("Jorge Alcocer", "PERSON", "Jorge Alcocer", "Alcocer"),
            E("Cuba", "PLACE"),
            E("Covid-19", "MISC"),
            E("BioCubaFarma", "ORG"),
            E("Venezuela", "PLACE"),
            E("Nicaragua", "PLACE"),
            E("Vietnam", "PLACE"),
            E("Mexico", "PLACE"),
            E("Roberto Morales Ojeda", "PERSON", optional=True, where="metadata"),
            E("Cubadebate", "ORG", optional=True, where="metadata"),
        ],
    },
    {
        "file": "104_celac_sommet",
        "title": "Sommet de la CELAC : Lula plaide pour l'intégration régionale",
        "dateline": "Brasilia, 26 janvier (RHC)",
        "author": None,
        "paragraphs": [
            "Le président brésilien Luiz Inácio Lula da Silva a plaidé mardi pour l’intégration de l'Amérique latine et des Caraïbes lors du sommet de la Communauté des États latino-américains et caribéens (CELAC) à Buenos Aires.",
            "Lula a rencontré son homologue argentin, Alberto Fernández, ainsi que le ministre cubain des Relations extérieures, Bruno Rodríguez Parrilla.",
            "Rodríguez a dénoncé le blocus imposé par Washington et a remercié les pays d’Amérique du Sud pour leur solidarité. Les Argentins ont accueilli les délégations dans le centre de la capitale.",
            "La déclaration finale mentionne aussi la crise en Haïti et le rôle de l'ONU.",
        ],
        "source": "Telesur",
        "url": "https://www.radiohc.cu/index.php/fr/noticias/internacionales/300104-sommet-de-la-celac",
        "entities": [
            E("CELAC", "ORG", "CELAC", "Communauté des États latino-américains et caribéens"),
            E("Luiz Inácio Lula da Silva", "PERSON", "Lula", "Luiz Inácio Lula da Silva"),
            E("Amérique latine", "PLACE"),
            E("Caraïbes", "PLACE"),
            E("Buenos Aires", "PLACE"),
            E("Alberto Fernández", "PERSON"),
            E("Bruno Rodríguez Parrilla", "PERSON", "Bruno Rodríguez Parrilla", "Rodríguez"),
            E("Washington", "PLACE"),
            E("Amérique du Sud", "PLACE"),
            E("Haïti", "PLACE"),
            E("ONU", "ORG"),
            E("Brasilia", "PLACE", optional=True, where="metadata"),
            E("Telesur", "ORG", optional=True, where="metadata"),
        ],
    },
    {
        "file": "105_culture_film",
        "title": "« Fresa y chocolate » restauré présenté au Festival de La Havane",
        "dateline": "La Havane, 8 décembre (RHC)",
        "author": None,
        "paragraphs": [
            "Le film « Fresa y chocolate » de Tomás Gutiérrez Alea a été projeté dans une version restaurée lors du Festival international du nouveau cinéma latino-américain.",
            "L’Institut cubain de l’art et de l’industrie cinématographiques (ICAIC) a financé la restauration avec l'aide de la Cinémathèque française, à Paris.",
            "L'actrice Mirta Ibarra, qui joue dans le film, a rappelé que Gutiérrez Alea voulait parler de tolérance. Le public de Cienfuegos et de Matanzas pourra voir le film en janvier.",
            "Vendredi, d’Irlande et d'Espagne sont arrivés des critiques invités par le festival.",
        ],
        "source": None,
        "url": "https://www.radiohc.cu/index.php/fr/especiales/comentarios/300105-fresa-y-chocolate",
        "entities": [
            E("Fresa y chocolate", "MISC"),
            E("Festival international du nouveau cinéma latino-américain", "MISC", "Festival international du nouveau cinéma latino-américain"),
            E("La Havane", "PLACE", optional=True, where="nested", note="only inside 'Festival de La Havane' in the title"),
            E("Tomás Gutiérrez Alea", "PERSON", "Tomás Gutiérrez Alea", "Gutiérrez Alea"),
            E("ICAIC", "ORG", "Institut cubain de l’art et de l’industrie cinématographiques", "ICAIC"),
            E("Cinémathèque française", "ORG"),
            E("Paris", "PLACE"),
            E("Mirta Ibarra", "PERSON"),
            E("Cienfuegos", "PLACE"),
            E("Matanzas", "PLACE"),
            E("Irlande", "PLACE"),
            E("Espagne", "PLACE"),
            E("Festival de La Havane", "MISC", optional=True, where="borderline", note="title shorthand for the festival"),
        ],
    },
]


def seed_text(article):
    lines = ["", "", "", f"# *{article['title']}*", "", "---", "", "*Image not found or type unknown*", "", "", ""]
    first = article["paragraphs"][0]
    if article["dateline"]:
        lines.append(f"{article['dateline']} {first}")
    else:
        lines += [f"Auteur {article['author']} (RHC)", "", first]
    for paragraph in article["paragraphs"][1:]:
        lines += ["", paragraph]
    if article["source"]:
        lines += ["", f"Source {article['source']}"]
    lines += ["", "---", "", f"<{article['url']}>", "", "", "", "**Radio Habana Cuba**"]
    return "\n".join(lines)


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for article in ARTICLES:
        with open(os.path.join(HERE, "articles", article["file"] + ".txt"), "w", encoding="utf-8") as out:
            out.write(seed_text(article))
        # Guidelines §1: the publisher line (and the RHC agency) is metadata, listed as optional.
        entities = article["entities"] + [E("Radio Habana Cuba", "ORG", "RHC", "Radio Habana Cuba", optional=True, where="metadata")]
        gold = {"file": article["file"] + ".txt", "synthetic": True, "title": article["title"],
                "date_or_dateline": article["dateline"], "author": article["author"], "source": article["source"],
                "url": article["url"], "paragraphs": article["paragraphs"], "entities": entities}
        with open(os.path.join(HERE, "gold", article["file"] + ".json"), "w", encoding="utf-8") as out:
            json.dump(gold, out, ensure_ascii=False, indent=2)
    print(f"{len(ARTICLES)} articles written")


if __name__ == "__main__":
    main()
