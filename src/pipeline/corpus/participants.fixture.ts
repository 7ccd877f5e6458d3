import type { Participant } from '#schema';

// Participants of the seed events, for the tests of the stages that work on events.

export const tokayev: Participant = {
  id: 'tokayev-kassym-jomart',
  name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
  country: 'KZ',
  role: 'president',
  known: true,
};

export const amarbayasgalan: Participant = {
  id: 'amarbayasgalan-dashzegviin',
  name: { en: 'Dashzegviin Amarbayasgalan', ru: 'Амарбаясгалан Дашзэгв' },
  country: 'MN',
  role: 'parliament_speaker',
  known: true,
};

export const khurelsukh: Participant = {
  id: 'khurelsukh-ukhnaagiin',
  name: { en: 'Ukhnaagiin Khurelsukh', ru: 'Ухнаагийн Хурэлсух' },
  country: 'MN',
  role: 'president',
  known: true,
};
