import type { Locale } from '../locale.ts';

// French writes the apostrophe two ways ("s'est", "s’est"), elides articles ("l'Iran", "d'Astana") and
// agrees participles in gender and number ("rencontré", "rencontrée", "rencontrés"): patterns name stems
// and accept both apostrophes.
export const fr: Locale = {
  code: 'fr',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /(?:entretien|conversation|appel|échange|entrevue)s?\s+(?:\p{L}+\s+)?téléphoniques?|(?:par|au)\s+téléphone|(?<!\p{L})téléphon(?:é|er|ait)(?!\p{L})|visioconférence|vidéoconférence|\bpar\s+visio\b/u,
    },
    { type: 'talks', pattern: /pourparlers|négociations|(?<!\p{L})entretiens(?!\p{L})/u },
    {
      type: 'meeting',
      // "un entretien" alone is as often an interview given to a paper ("dans un entretien accordé au Monde");
      // "s'est entretenu avec" is a meeting, "les entretiens" are talks.
      pattern:
        /(?<!\p{L})(?:rencontr(?:e|es|é|ée|és|ées|er|ent|èrent|ait|aient)|réunions?|réuni(?:e|s|es)?\s+avec|entrevue|tête-à-tête|(?:déjeuner|dîner|petit-déjeuner)\s+de\s+travail|(?:en|une|d['’])\s*audience|s['’]\s*(?:est|sont)\s+entretenue?s?)(?!\p{L})/u,
    },
    {
      type: 'meeting',
      // "a reçu" counts only with a visitor after it: "a reçu un prix", "a reçu des lettres" are no meeting.
      pattern:
        /(?<!\p{L})reçue?s?\s+(?:en\s+audience|par\s+(?:le|la)\s|(?:le|la|les|l['’])\s*(?:nouvel?\s+|nouvelle\s+)?(?:ministre|président|première?|ambassad|chef|délégation|secrétaire|vice|roi|reine|émir|chancel|prince|haut|envoyé|\p{Lu})|M\.|Mme|\p{Lu})/u,
      asWritten: true,
    },
    {
      type: 'summit',
      // "sommet" is also a peak: "au sommet de l'État", "un sommet historique" of trade figures.
      pattern:
        /(?<!\p{L})sommets?(?!\s+(?:de\s+l['’]\s*état|historique|jamais|de\s+la\s+montagne))(?!\p{L})/u,
    },
    {
      type: 'visit',
      // "visite" but not "carte de visite"; "s'est rendu à" but not "s'est rendu compte"; "arrivé au
      // pouvoir" is no arrival.
      pattern:
        /(?<!carte\s+de\s+)(?<!\p{L})visit(?:e|es|é|ée|és|er|era|ait|ant)(?!\p{L})|(?:s['’]\s*(?:est|sont)|se)\s+rend(?:u|ue|us|ues|ra|ront|ait)?(?!\s+compte)\s+(?:\p{L}+\s+)?(?:à|en|au|aux|dans)\s|(?:est|sont|était)\s+arrivée?s?\s+(?!au\s+pouvoir)(?:à|en|au|aux|dans|ce|hier|aujourd|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:son|leur)\s+arrivée\s+(?:à|en|au|aux)\s|(?<!\p{L})tournée(?!\p{L})|(?<!(?:permis|titre|carte)\s+de\s+)(?<!\p{L})séjour(?!\p{L})/u,
    },
    {
      type: 'agreement_signing',
      pattern:
        /(?<!\p{L})(?:sign(?:é|ée|és|ées|er|ent|èrent|ature|ataires)|paraph(?:é|ée|és|ées|er))(?!\p{L})/u,
    },
  ],
  visitAsFrame:
    /(?:dans\s+le\s+cadre|au\s+cours|lors|à\s+l['’]\s*occasion|en\s+marge|pendant|durant)\s+(?:de\s+|du\s+|d['’]\s*)?(?:\p{L}+\s+){0,3}(?:visite|séjour|tournée)/u,
  future:
    /(?<!\p{L})(?:\p{L}{2,}(?:era|eront)|rendra|rendront|aura|auront|sera|seront|fera|feront|tiendra|tiendront|ira|iront|viendra|viendront|(?:est|sont)\s+prévue?s?|devrai(?:t|ent)|doi(?:t|vent)\s+(?:se\s+)?(?:rendre|effectuer|avoir|rencontrer|participer|signer|tenir)|envisag\p{L}*|prochainement|à\s+venir)(?!\p{L})/u,
  lookingBack:
    /l['’]\s*an(?:née)?\s+(?:dernière?|passée?)|précédemment|auparavant|naguère|plus\s+tôt|rappel(?:é|ée|er|ant|le|lent|ons)(?!\p{L})|il\s+y\s+a\s+(?:\d+|\p{L}+)\s+(?:ans?|années?|mois|semaines?)|en\s+son\s+temps|précédente?\s+(?:visite|rencontre|sommet|entretien)/u,
  relativeDay: /aujourd['’]\s?hui|avant-hier|après-demain|(?<!\p{L})hier(?!\p{L})|(?<!\p{L})demain(?!\p{L})/u,
  dateWord:
    /(?<!\p{L})(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|aujourd['’]\s?hui|hier|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})/u,
  notAPartyBefore:
    /(?:situation|crise|conflit|guerre|règlement|paix|sécurité|stabilité|tensions?|question|problème|reconstruction|processus|événements|évolution|dossier)\s+(?:[\p{L}-]+\s+){0,3}(?:en|au|aux|à|dans|de|du|des|sur|avec|autour\s+de|entre)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$|(?:(?:arrivée?s?|venue?s?|revenue?s?|rentrée?s?)(?:\s+directement)?|en\s+provenance)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?$|après\s+(?:sa|son|leur)\s+(?:visite|séjour|escale|passage)\s+(?:en|au|aux|à)\s+(?:la\s+|l['’]\s*)?$|via\s+(?:la\s+|le\s+|l['’]\s*)?$/u,
  onBehalfOf:
    /(?:au\s+nom\s+d[eu'’]|de\s+la\s+part\s+d[eu'’]|sur\s+(?:les\s+)?instructions?\s+d[eu'’]|un\s+message\s+d[eu'’]|les\s+salutations\s+d[eu'’])\s*(?:\p{L}+\s+){0,3}$/u,
  ownAccount:
    /(?:^|[\s"«“(,])(?:j['’]\s*(?:ai|avais)|je\s+(?:suis|me\s+suis))\s+(?:\p{L}+\s+)?(?:visité|rencontré|eu|tenu|allé|venu|rendu|signé|arrivé|parlé|entretenu)(?!\p{L})/u,
};
