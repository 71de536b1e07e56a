// The ten things Sutton's residents report most, with the SLA targets and questions a council would set.
import type { CategoryQuestion, Priority, Service, SlaUnit } from '@kerbside/shared';

export interface DemoReport {
  description: string;
  answers?: Record<string, string>;
}

export interface DemoCategory {
  code: string;
  service: Service;
  name: string;
  description: string;
  slaAmount: number;
  slaUnit: SlaUnit;
  defaultPriority: Priority;
  duplicateRadiusM: number;
  allowAnonymous: boolean;
  questions: CategoryQuestion[];
  /** How often it is reported, relative to the others. */
  weight: number;
  /** What citizens say; the seed picks one per case. */
  reports: DemoReport[];
  /** What the depot tells the crew. */
  instructions: string;
}

const depth = (a: string) => ({ depth: a });
const bin = (a: string) => ({ bin: a });

export const demoCategories: DemoCategory[] = [
  {
    code: 'HW-POTHOLE',
    service: 'highways',
    name: 'Pothole',
    description: 'A hole or broken surface in the road or a cycle lane.',
    slaAmount: 5,
    slaUnit: 'working_days',
    defaultPriority: 'normal',
    duplicateRadiusM: 50,
    allowAnonymous: false,
    questions: [
      { id: 'depth', label: 'Roughly how deep is it?', kind: 'choice', choices: ['Less than 2 cm', '2 to 5 cm', 'More than 5 cm', 'Not sure'], required: true },
    ],
    weight: 18,
    reports: [
      { description: 'Large pothole in the nearside lane, cars swerving round it.', answers: depth('More than 5 cm') },
      { description: 'Pothole by the drain cover, filled with water after the rain.', answers: depth('2 to 5 cm') },
      { description: 'Cyclist nearly came off here this morning. Hole at the edge of the road.', answers: depth('More than 5 cm') },
      { description: 'Road surface breaking up outside the house, getting worse each week.', answers: depth('2 to 5 cm') },
      { description: 'Small pothole at the bus stop.', answers: depth('Less than 2 cm') },
      { description: 'Two potholes next to each other near the zebra crossing.', answers: depth('Not sure') },
    ],
    instructions: 'Make safe, then cut out and patch. Photograph before and after.',
  },
  {
    code: 'HW-PAVEMENT',
    service: 'highways',
    name: 'Damaged pavement',
    description: 'Broken, lifted or missing paving slabs and kerbs.',
    slaAmount: 10,
    slaUnit: 'working_days',
    defaultPriority: 'normal',
    duplicateRadiusM: 50,
    allowAnonymous: false,
    questions: [{ id: 'trip', label: 'Could someone trip on it?', kind: 'yes_no', required: false }],
    weight: 8,
    reports: [
      { description: 'Lifted paving slab, my mother tripped on it.', answers: { trip: 'yes' } },
      { description: 'Tree roots pushing the pavement up, hard to get a pushchair past.', answers: { trip: 'yes' } },
      { description: 'Cracked slabs rocking when you walk on them.', answers: { trip: 'yes' } },
      { description: 'Kerb stone loose at the dropped kerb.', answers: { trip: 'no' } },
    ],
    instructions: 'Relay or replace slabs; barrier off if it cannot be fixed on the day.',
  },
  {
    code: 'HW-LIGHT',
    service: 'highways',
    name: 'Street light not working',
    description: 'A street light that is out, flickering or on all day.',
    slaAmount: 7,
    slaUnit: 'working_days',
    defaultPriority: 'normal',
    duplicateRadiusM: 30,
    allowAnonymous: true,
    questions: [
      { id: 'column', label: 'Lamp column number (on the post), if you can see it', kind: 'text', required: false },
      { id: 'fault', label: 'What is wrong with it?', kind: 'choice', choices: ['Off at night', 'Flickering', 'On during the day'], required: true },
    ],
    weight: 10,
    reports: [
      { description: 'Street light out, the road is very dark at night.', answers: { column: '14', fault: 'Off at night' } },
      { description: 'Lamp keeps flickering on and off.', answers: { column: '', fault: 'Flickering' } },
      { description: 'Light has been on all day for a week.', answers: { column: '7', fault: 'On during the day' } },
      { description: 'Two lights out in a row near the alleyway, feels unsafe.', answers: { column: '22', fault: 'Off at night' } },
    ],
    instructions: 'Test and replace the lamp or photocell; report if the column needs an electrician.',
  },
  {
    code: 'HW-DRAIN',
    service: 'highways',
    name: 'Blocked drain',
    description: 'A road gully that is blocked, or water standing on the road.',
    slaAmount: 2,
    slaUnit: 'working_days',
    defaultPriority: 'high',
    duplicateRadiusM: 50,
    allowAnonymous: false,
    questions: [{ id: 'flooding', label: 'Is water flooding the road or a property?', kind: 'yes_no', required: true }],
    weight: 6,
    reports: [
      { description: 'Drain blocked with leaves, big puddle right across the road.', answers: { flooding: 'yes' } },
      { description: 'Gully smells and does not drain.', answers: { flooding: 'no' } },
      { description: 'Water coming up to the front garden wall when it rains.', answers: { flooding: 'yes' } },
    ],
    instructions: 'Clear the gully and jet the connection if needed.',
  },
  {
    code: 'HW-SIGN',
    service: 'highways',
    name: 'Damaged road sign',
    description: 'A road sign or street nameplate that is damaged, missing or hidden.',
    slaAmount: 10,
    slaUnit: 'working_days',
    defaultPriority: 'low',
    duplicateRadiusM: 50,
    allowAnonymous: false,
    questions: [],
    weight: 4,
    reports: [
      { description: 'Street nameplate snapped off the posts.' },
      { description: 'Give way sign knocked over at the junction.' },
      { description: 'Sign covered in graffiti, cannot read it.' },
    ],
    instructions: 'Straighten, clean or replace the sign.',
  },
  {
    code: 'WS-MISSED-BIN',
    service: 'waste',
    name: 'Missed bin collection',
    description: 'Your bin was out on time but was not emptied.',
    slaAmount: 2,
    slaUnit: 'working_days',
    defaultPriority: 'normal',
    duplicateRadiusM: 20,
    allowAnonymous: false,
    questions: [
      { id: 'bin', label: 'Which bin?', kind: 'choice', choices: ['General waste', 'Recycling', 'Food waste', 'Garden waste'], required: true },
    ],
    weight: 18,
    reports: [
      { description: 'Bin was out by 6am but not emptied.', answers: bin('General waste') },
      { description: 'Recycling missed again, third time this month.', answers: bin('Recycling') },
      { description: 'Food caddy not collected, the whole street was missed.', answers: bin('Food waste') },
      { description: 'Garden waste bin left full.', answers: bin('Garden waste') },
      { description: 'Lorry went past without stopping.', answers: bin('General waste') },
    ],
    instructions: 'Return and empty the bin; note it if the bin was not out.',
  },
  {
    code: 'WS-FLYTIP',
    service: 'waste',
    name: 'Fly-tipping',
    description: 'Rubbish dumped on the street, a verge or other public land.',
    slaAmount: 3,
    slaUnit: 'working_days',
    defaultPriority: 'high',
    duplicateRadiusM: 100,
    allowAnonymous: true,
    questions: [{ id: 'what', label: 'What has been dumped?', kind: 'text', required: true }],
    weight: 15,
    reports: [
      { description: 'Mattress and a sofa dumped on the pavement overnight.', answers: { what: 'Mattress, sofa' } },
      { description: 'Black bags of rubbish by the bus shelter.', answers: { what: 'About ten black bags' } },
      { description: 'Builders waste left on the verge.', answers: { what: 'Rubble, plasterboard' } },
      { description: 'Old fridge dumped in the alleyway.', answers: { what: 'Fridge' } },
      { description: 'Tyres left by the park gates.', answers: { what: 'Four car tyres' } },
    ],
    instructions: 'Clear and photograph; look for evidence of who dumped it before clearing.',
  },
  {
    code: 'WS-LITTER-BIN',
    service: 'waste',
    name: 'Overflowing litter bin',
    description: 'A street litter bin that is full or overflowing.',
    slaAmount: 1,
    slaUnit: 'working_days',
    defaultPriority: 'normal',
    duplicateRadiusM: 30,
    allowAnonymous: false,
    questions: [],
    weight: 8,
    reports: [
      { description: 'Litter bin overflowing, rubbish blowing down the road.' },
      { description: 'Bin outside the shops full since the weekend.' },
      { description: 'Dog waste bin full and smelly.' },
    ],
    instructions: 'Empty the bin and pick up litter around it.',
  },
  {
    code: 'WS-ABANDONED-VEHICLE',
    service: 'waste',
    name: 'Abandoned vehicle',
    description: 'A vehicle that looks abandoned: untaxed, damaged or not moved for weeks.',
    slaAmount: 10,
    slaUnit: 'working_days',
    defaultPriority: 'low',
    duplicateRadiusM: 50,
    allowAnonymous: false,
    questions: [
      { id: 'registration', label: 'Registration number', kind: 'text', required: false },
      { id: 'vehicle', label: 'Make and colour', kind: 'text', required: false },
    ],
    weight: 5,
    reports: [
      { description: 'Car has not moved for two months, flat tyres.', answers: { registration: 'AB12 CDE', vehicle: 'Silver Ford Focus' } },
      { description: 'Van with smashed windows parked on the corner.', answers: { registration: '', vehicle: 'White Transit van' } },
      { description: 'Untaxed car covered in leaves.', answers: { registration: 'AB58 XYZ', vehicle: 'Blue Vauxhall Corsa' } },
    ],
    instructions: 'Check tax and MOT, put a notice on the vehicle and photograph it.',
  },
  {
    code: 'WS-DEAD-ANIMAL',
    service: 'waste',
    name: 'Dead animal',
    description: 'A dead animal on the road or pavement.',
    slaAmount: 24,
    slaUnit: 'hours',
    defaultPriority: 'high',
    duplicateRadiusM: 50,
    allowAnonymous: true,
    questions: [
      { id: 'animal', label: 'What kind of animal?', kind: 'choice', choices: ['Fox', 'Cat', 'Dog', 'Bird', 'Squirrel', 'Other'], required: true },
    ],
    weight: 5,
    reports: [
      { description: 'Dead fox in the road.', answers: { animal: 'Fox' } },
      { description: 'Dead pigeon on the pavement outside the school.', answers: { animal: 'Bird' } },
      { description: 'Cat hit by a car, on the verge. It has a collar.', answers: { animal: 'Cat' } },
      { description: 'Dead squirrel by the bus stop.', answers: { animal: 'Squirrel' } },
    ],
    instructions: 'Remove and dispose of; scan cats and dogs for a microchip.',
  },
];
