import { msg } from '@lit/localize';
import { type Block } from '../../templates/blocks.js';
import type { SourceTopic } from './sources.js';

export interface ExplainerSection {
  key: 'why' | 'research' | 'whole-story';
  title: string;
  blocks: Block[];
}

export const leadText = () =>
  msg(
    'Back pain is felt in the back, but how you move lower down can add to it. Tight or weak calves and stiff ankles can be one piece of the puzzle that is easy to miss.',
    { desc: 'Short introduction under the main heading.' },
  );

export const explainerSections = (): ExplainerSection[] => [
  {
    key: 'why',
    title: msg('Why your calves matter', { desc: 'Title of a section the reader can open.' }),
    blocks: [
      msg(
        'Your calf muscles help your ankle bend when you walk, squat, climb stairs or stand for a long time. Healthy calves let the ankle bend smoothly and help carry your weight.',
      ),
      msg(
        'When calves are tight, weak or tire easily, the ankle may not bend as far. Your body keeps moving anyway and makes up for it higher up:',
        { desc: 'Followed by a bulleted list of compensations.' },
      ),
      [
        msg('more movement at the hips', { desc: 'List item: how the body compensates for a stiff ankle.' }),
        msg('more tipping and turning of the pelvis', { desc: 'List item: how the body compensates for a stiff ankle.' }),
        msg('more work for the lower back', { desc: 'List item: how the body compensates for a stiff ankle.' }),
      ],
      msg('Over time, this can add stress to your back during everyday tasks.'),
    ],
  },
  {
    key: 'research',
    title: msg('What research suggests', { desc: 'Title of a section the reader can open.' }),
    blocks: [
      msg(
        'Stiff ankles can change how the pelvis and lower back move, but studies do not all agree. People with back pain often have weaker hips and thighs; the review that found this had no result for the calves. Back muscles that tire fast show the strongest link to back pain.',
        {
          desc: 'Research summary: keep the caution ("can", "do not all agree"). The strength review pooled hip and thigh muscles and reported nothing for the calves (it does not say calves were never studied anywhere).',
        },
      ),
      msg(
        'In two small studies (40 people each), people who added calf exercises to an exercise programme did better after six weeks than people who did the same programme without them. Studies this small cannot settle the question.',
        {
          desc: 'Research summary: two small trials compared the same exercise programme with and without calf stretching (one also calf strengthening). Keep "small" and "cannot settle".',
        },
      ),
      msg('This does not mean calves cause back pain. They can be one piece of the puzzle.', {
        desc: 'Key honesty statement: calves are one possible contributor, not the cause.',
      }),
    ],
  },
  {
    key: 'whole-story',
    title: msg('Calves are not the whole story', { desc: 'Title of a section the reader can open.' }),
    blocks: [
      msg('Back pain is complex. Your calves are usually one piece of a much bigger picture, next to:', {
        desc: 'Followed by a bulleted list of other factors in back pain.',
      }),
      [
        msg('how well you move overall', { desc: 'List item: another factor in back pain.' }),
        msg('how strong your hips and core are', { desc: 'List item: another factor in back pain.' }),
        msg('how much and how often your body takes load', { desc: 'List item: another factor in back pain.' }),
        msg('sleep, stress and recovery', { desc: 'List item: another factor in back pain.' }),
      ],
      msg('That is why the same fix rarely works for everyone.'),
    ],
  },
];

/* The words of the body picture: its labels, and its name and description for screen readers. */

export const bodyPictureText = () => ({
  title: msg('How a stiff ankle can load the lower back', { desc: 'Accessible name of the diagram.' }),
  description: msg(
    'A person bends their knees. A stiff ankle can make the heel lift early; then the hips and pelvis may move more and the lower back may take extra load.',
    { desc: 'Accessible description of the side-view body picture for screen readers.' },
  ),
  calf: msg('Calf', { desc: 'Diagram label, keep very short.' }),
  knee: msg('Knee', { desc: 'Diagram label, keep very short.' }),
  hip: msg('Hip and pelvis', { desc: 'Diagram label, keep very short.' }),
  back: msg('Lower back', { desc: 'Diagram label, keep very short.' }),
  stiff: msg('Stiff ankle', { desc: 'Diagram label, keep very short.' }),
  load: msg('Extra load', { desc: 'Diagram label on the arrow going up to the lower back, keep very short.' }),
});

/** The closed section at the end of the explainer that lists every study and guideline behind it. */
export const sourcesText = (): { title: string; intro: string; topics: Record<SourceTopic, string> } => ({
  title: msg('Sources', { desc: 'Title of a section the reader can open: the studies and guidelines behind the widget.' }),
  intro: msg('The studies and guidelines behind what this page says. Titles are in the language they were published in.', {
    desc: 'Introduction of the Sources section.',
  }),
  topics: {
    movement: msg('How stiff ankles change movement', { desc: 'Sources: heading of a group of studies.' }),
    strength: msg('Strength, endurance and back pain', { desc: 'Sources: heading of a group of studies.' }),
    trials: msg('Trials that added calf exercises', { desc: 'Sources: heading of a group of studies.' }),
    selfTests: msg('The home self-tests', { desc: 'Sources: heading of a group of studies.' }),
    urgent: msg('Signs that need urgent care', { desc: 'Sources: heading of a group of guidelines and patient pages.' }),
  },
});
