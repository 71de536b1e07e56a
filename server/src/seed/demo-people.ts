// The people in the demo: council staff who sign in, and residents who report problems.
import type { Role } from '@kerbside/shared';

/**
 * Demo only: every demo account shares this password, and start-up prints it. Never seed these
 * accounts on a real council's server (SEED_DEMO=false).
 */
export const demoPassword = 'kerbside-demo';

export interface DemoSignIn {
  role: Role;
  email: string;
  password: string;
  name: string;
  /** The crew a crew member works in. */
  crew?: string;
}

export const demoSignIns: DemoSignIn[] = [
  { role: 'agent', email: 'agent@sutton.example', password: demoPassword, name: 'Priya Shah' },
  { role: 'dispatcher', email: 'dispatcher@sutton.example', password: demoPassword, name: 'Dave Mitchell' },
  { role: 'crew', email: 'crew.highways1@sutton.example', password: demoPassword, name: 'Tom Bradley', crew: 'Highways 1' },
  // A second member of Highways 1, to show two people sharing one crew phone.
  { role: 'crew', email: 'crew.highways1b@sutton.example', password: demoPassword, name: 'Kwame Asante', crew: 'Highways 1' },
  { role: 'crew', email: 'crew.highways2@sutton.example', password: demoPassword, name: 'Lee Harper', crew: 'Highways 2' },
  { role: 'crew', email: 'crew.waste1@sutton.example', password: demoPassword, name: 'Gary Walsh', crew: 'Waste 1' },
  { role: 'crew', email: 'crew.waste2@sutton.example', password: demoPassword, name: 'Aisha Begum', crew: 'Waste 2' },
  { role: 'admin', email: 'admin@sutton.example', password: demoPassword, name: 'Helen Carter' },
];

/** A resident with exactly three cases, for showing a caller's history (and for e2e to find by phone). */
export const demoRepeatCitizen = {
  name: 'Margaret Okafor',
  phone: '07700 900077',
  email: 'margaret.okafor@example.com',
};

/** Phone numbers come from Ofcom's drama range (07700 900000–900999), so none is a real person's. */
export function dramaPhone(serial: number): string {
  return `07700 900${String(serial % 1000).padStart(3, '0')}`;
}

export const firstNames = [
  'James', 'Sarah', 'Mohammed', 'Emma', 'David', 'Fatima', 'Peter', 'Joanne', 'Raj', 'Claire',
  'Michael', 'Grace', 'Tomasz', 'Linda', 'Oliver', 'Amelia', 'Daniel', 'Sophie', 'Chidi', 'Rachel',
  'Stephen', 'Hannah', 'Arjun', 'Karen', 'George', 'Olivia', 'Paul', 'Nadia', 'Mark', 'Lucy',
  'Andrew', 'Zainab', 'Chris', 'Eleanor', 'Kofi', 'Susan', 'Ian', 'Jasmine', 'Robert', 'Megan',
];

export const surnames = [
  'Smith', 'Jones', 'Patel', 'Williams', 'Brown', 'Taylor', 'Khan', 'Davies', 'Evans', 'Wilson',
  'Thomas', 'Roberts', 'Johnson', 'Ahmed', 'Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Green',
  'Hall', 'Clarke', 'Nowak', 'Mensah', 'Edwards', 'Singh', 'Turner', 'Cooper', 'Hill', 'Ward',
  'Kowalski', 'Morris', 'Adeyemi', 'King', "O'Brien", 'Baker', 'Harris', 'Chowdhury', 'Lewis', 'Murphy',
];

/** What a depot manager adds so the crew can get to the job. */
export const accessNotes = [
  'Park in the lay-by opposite.',
  'Resident says the side gate is unlocked.',
  'Busy road: traffic management needed before 9:30.',
  'Bins are kept at the side of the house.',
  'Dog in the front garden, ring the resident first.',
  'Narrow road, a small vehicle only.',
  'School run 8:30–9:00 and 15:00–15:30: avoid if possible.',
];
