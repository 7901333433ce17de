/**
 * The studies and guidelines behind each claim and figure the widget shows, as a clinician would look them up. Every
 * detail is one the project's source notes record as seen; what they could not confirm (a DOI, a year, a page's own
 * title) is left out rather than filled in, and a page whose title was not recorded is described instead. Titles stay
 * in their own language; `link` is a plain doi.org, PubMed or publisher address, fetched only when the reader follows it.
 */

export type SourceTopic = 'movement' | 'strength' | 'trials' | 'selfTests' | 'urgent';

export interface Source {
  topic: SourceTopic;
  /** The first author (et al. when there are more than two), or the body that published it. */
  authors: string;
  year?: number;
  title: string;
  /** Journal with volume and pages, or the kind of document. */
  where: string;
  link?: string;
}

export const SOURCES: readonly Source[] = [
  {
    topic: 'movement',
    authors: 'Fuglsang EI et al.',
    year: 2017,
    title: 'Effect of ankle mobility and segment ratios on trunk lean in the barbell back squat',
    where: 'J Strength Cond Res 31(11):3024–3033',
    link: 'https://doi.org/10.1519/JSC.0000000000001872',
  },
  {
    topic: 'movement',
    authors: 'Berglund L et al.',
    year: 2024,
    title:
      'Are anthropometric measures, range of motion, or movement control tests associated with lumbopelvic flexion during barbell back squats?',
    where: 'Int J Sports Phys Ther 19(9):1097–1107',
    link: 'https://doi.org/10.26603/001c.122637',
  },
  {
    topic: 'strength',
    authors: 'de Sousa CS et al.',
    year: 2019,
    title: 'Lower limb muscle strength in patients with low back pain: a systematic review and meta-analysis',
    where: 'J Musculoskelet Neuronal Interact 19(1):69–78',
    link: 'https://pubmed.ncbi.nlm.nih.gov/30839305/',
  },
  {
    topic: 'strength',
    authors: 'Nourbakhsh MR, Arab AM',
    year: 2002,
    title: 'Relationship between mechanical factors and incidence of low back pain',
    where: 'J Orthop Sports Phys Ther 32:447–460',
  },
  {
    topic: 'trials',
    authors: 'Seif H et al.',
    year: 2015,
    title:
      'The effect of stretching hamstring, gastrocnemius, iliopsoas and back muscles on pain and functional activities in patients with chronic low back pain: a randomized clinical trial',
    where: 'Open Journal of Therapy and Rehabilitation',
    link: 'https://doi.org/10.4236/ojtr.2015.34019',
  },
  {
    topic: 'trials',
    authors: 'Al-Toriri N, Shamsi S',
    year: 2015,
    title: 'Effect of plantar flexor stretching exercises in low back pain management',
    where: 'IOSR Journal of Nursing and Health Science 4(2):14–25',
  },
  {
    topic: 'selfTests',
    authors: 'Powden CJ et al.',
    year: 2015,
    title: 'Reliability and minimal detectable change of the weight-bearing lunge test: a systematic review',
    where: 'Manual Therapy 20(4):524–532',
    link: 'https://doi.org/10.1016/j.math.2015.01.004',
  },
  {
    topic: 'selfTests',
    authors: 'Hébert-Losier K et al.',
    year: 2017,
    title: 'Updated reliability and normative values for the standing heel-rise test in healthy adults',
    where: 'Physiotherapy 103(4):446–452',
    link: 'https://doi.org/10.1016/j.physio.2017.03.002',
  },
  {
    topic: 'urgent',
    authors: 'Royal Free London NHS Foundation Trust',
    title: 'Cauda equina syndrome',
    where: 'Patient information leaflet',
    link: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  {
    topic: 'urgent',
    authors: 'NHS Gloucestershire',
    title: 'G-Care clinical pathway resource (red flags, including a history of cancer and immunosuppression)',
    where: 'Clinical pathway for health professionals',
    link: 'https://g-care.glos.nhs.uk/pathway/72/resource/3',
  },
  {
    topic: 'urgent',
    authors: 'Northern Health and Social Care Trust',
    title: 'Low back pain',
    where: 'Physiotherapy outpatient service, patient page',
    link: 'https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/',
  },
  {
    topic: 'urgent',
    authors: 'National Institute for Health and Care Excellence',
    year: 2016,
    title: 'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59, updated 2020)',
    where: 'Guideline, background to the urgent-care signs',
    link: 'https://www.nice.org.uk/guidance/ng59',
  },
];
