import { msg } from '@lit/localize';
import { type Block } from '../../templates/blocks.js';

export interface ExplainerSection {
  key: 'why' | 'research' | 'whole-story';
  title: string;
  blocks: Block[];
}

export const leadText = () =>
  msg(
    'Back pain is felt in the back, but how you move lower down can add to it. Tight or weak calves and stiff ankles are one piece of the puzzle that is easy to miss.',
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
        'Stiff ankles can change how the pelvis and lower back move, but studies do not all agree. People with back pain often have weaker hips and thighs; calves were not tested. Back muscles that tire fast show the strongest link.',
        {
          desc: 'Research summary: keep the caution ("can", "do not all agree"). The strength studies measured hip and thigh muscles, not calves, and back-muscle endurance.',
        },
      ),
      msg(
        'In two small studies (40 people each), adding calf exercises to usual exercise helped back pain more than exercise alone. No large review has checked this yet.',
        { desc: 'Research summary: calf stretches or strengthening were added to the usual exercise, in two small trials; no systematic review exists yet.' },
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
    'A person bends their knees. A stiff ankle lifts the heel early, so the hips and pelvis move more and the lower back takes extra load.',
    { desc: 'Accessible description of the side-view body picture for screen readers.' },
  ),
  calf: msg('Calf', { desc: 'Diagram label, keep very short.' }),
  knee: msg('Knee', { desc: 'Diagram label, keep very short.' }),
  hip: msg('Hip and pelvis', { desc: 'Diagram label, keep very short.' }),
  back: msg('Lower back', { desc: 'Diagram label, keep very short.' }),
  stiff: msg('Stiff ankle', { desc: 'Diagram label, keep very short.' }),
  load: msg('Extra load', { desc: 'Diagram label on the arrow going up to the lower back, keep very short.' }),
});
