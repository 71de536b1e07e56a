// Real places in the London Borough of Sutton, for demo data a council would recognise.
// Positions are approximate (a street's middle, to a few tens of metres).

export interface DemoDepot {
  name: string;
  address: string;
  lat: number;
  lng: number;
}

export const demoDepots: DemoDepot[] = [
  { name: 'Kimpton Park Way depot', address: 'Kimpton Park Way, Sutton SM3 9QP', lat: 51.3745, lng: -0.205 },
  { name: 'Beddington Lane depot', address: 'Beddington Lane, Beddington CR0', lat: 51.384, lng: -0.141 },
];

/** Crews and the depot each works from: west of the borough from Kimpton, east from Beddington. */
export const demoCrews = [
  { name: 'Highways 1', service: 'highways', depot: 'Kimpton Park Way depot' },
  { name: 'Highways 2', service: 'highways', depot: 'Beddington Lane depot' },
  { name: 'Waste 1', service: 'waste', depot: 'Kimpton Park Way depot' },
  { name: 'Waste 2', service: 'waste', depot: 'Beddington Lane depot' },
] as const;

export interface DemoStreet {
  street: string;
  town: string;
  postcode: string;
  lat: number;
  lng: number;
}

const s = (street: string, town: string, postcode: string, lat: number, lng: number): DemoStreet => ({
  street,
  town,
  postcode,
  lat,
  lng,
});

export const demoStreets: DemoStreet[] = [
  // Sutton town centre and north
  s('High Street', 'Sutton', 'SM1', 51.364, -0.1925),
  s('Throwley Way', 'Sutton', 'SM1', 51.3625, -0.19),
  s('Cheam Road', 'Sutton', 'SM1', 51.3598, -0.199),
  s('Carshalton Road', 'Sutton', 'SM1', 51.3615, -0.183),
  s('St Nicholas Way', 'Sutton', 'SM1', 51.364, -0.195),
  s('Benhill Avenue', 'Sutton', 'SM1', 51.3672, -0.188),
  s('Collingwood Road', 'Sutton', 'SM1', 51.37, -0.2),
  s('Gander Green Lane', 'Sutton', 'SM1', 51.372, -0.206),
  s('Lind Road', 'Sutton', 'SM1', 51.364, -0.18),
  s('Westmead Road', 'Sutton', 'SM1', 51.3655, -0.177),
  s('Sutton Court Road', 'Sutton', 'SM1', 51.3585, -0.1855),
  s('Robin Hood Lane', 'Sutton', 'SM1', 51.365, -0.201),
  s('Angel Hill', 'Sutton', 'SM1', 51.37, -0.194),
  s('Vale Road', 'Sutton', 'SM1', 51.372, -0.196),
  s('Oldfields Road', 'Sutton', 'SM1', 51.37, -0.204),
  s('Rose Hill', 'Sutton', 'SM1', 51.383, -0.187),
  s('Reigate Avenue', 'Sutton', 'SM1', 51.383, -0.193),
  s('Sutton Common Road', 'Sutton', 'SM3', 51.378, -0.2),
  s('Kimpton Road', 'Sutton', 'SM3', 51.374, -0.206),
  // Sutton south
  s('Mulgrave Road', 'Sutton', 'SM2', 51.3585, -0.1905),
  s('Grove Road', 'Sutton', 'SM1', 51.357, -0.195),
  s('Brighton Road', 'Sutton', 'SM2', 51.354, -0.192),
  s('Worcester Road', 'Sutton', 'SM2', 51.358, -0.2),
  s('Overton Road', 'Sutton', 'SM2', 51.354, -0.183),
  s('Langley Park Road', 'Sutton', 'SM2', 51.353, -0.186),
  s('Cedar Road', 'Sutton', 'SM2', 51.3555, -0.188),
  s('Devonshire Road', 'Sutton', 'SM2', 51.353, -0.19),
  s('Christchurch Park', 'Sutton', 'SM2', 51.35, -0.185),
  s('Egmont Road', 'Sutton', 'SM2', 51.351, -0.187),
  s('Banstead Road South', 'Sutton', 'SM2', 51.34, -0.183),
  // Cheam and North Cheam
  s('London Road', 'Cheam', 'SM3', 51.373, -0.221),
  s('Malden Road', 'Cheam', 'SM3', 51.365, -0.223),
  s('Park Lane', 'Cheam', 'SM3', 51.36, -0.216),
  s('The Broadway', 'Cheam', 'SM3', 51.359, -0.2155),
  s('Ewell Road', 'Cheam', 'SM3', 51.358, -0.223),
  s('Church Hill Road', 'Cheam', 'SM3', 51.366, -0.215),
  s('Burdon Lane', 'Cheam', 'SM2', 51.347, -0.209),
  s('Northey Avenue', 'Cheam', 'SM2', 51.347, -0.215),
  s('Stonecot Hill', 'Sutton', 'SM3', 51.38, -0.216),
  // Worcester Park
  s('Central Road', 'Worcester Park', 'KT4', 51.38, -0.242),
  s('Cheam Common Road', 'Worcester Park', 'KT4', 51.3775, -0.234),
  s('Green Lane', 'Worcester Park', 'KT4', 51.377, -0.24),
  // Belmont
  s('Brighton Road', 'Belmont', 'SM2', 51.343, -0.199),
  s('Downs Road', 'Belmont', 'SM2', 51.345, -0.193),
  s('Cotswold Road', 'Belmont', 'SM2', 51.3455, -0.203),
  s('Belmont Rise', 'Belmont', 'SM2', 51.345, -0.201),
  // Carshalton
  s('Ruskin Road', 'Carshalton', 'SM5', 51.3665, -0.165),
  s('High Street', 'Carshalton', 'SM5', 51.368, -0.164),
  s('North Street', 'Carshalton', 'SM5', 51.371, -0.166),
  s('West Street', 'Carshalton', 'SM5', 51.3685, -0.169),
  s('Pound Street', 'Carshalton', 'SM5', 51.3665, -0.168),
  s('Carshalton Park Road', 'Carshalton', 'SM5', 51.362, -0.162),
  s('Banstead Road', 'Carshalton', 'SM5', 51.355, -0.17),
  s('Beeches Avenue', 'Carshalton', 'SM5', 51.356, -0.173),
  s('Stanley Park Road', 'Carshalton', 'SM5', 51.353, -0.156),
  s('Wrythe Lane', 'Carshalton', 'SM5', 51.376, -0.179),
  s('Green Wrythe Lane', 'Carshalton', 'SM5', 51.382, -0.178),
  s('Middleton Road', 'Carshalton', 'SM5', 51.385, -0.177),
  s('Nightingale Road', 'Carshalton', 'SM5', 51.374, -0.162),
  s('Mill Lane', 'Carshalton', 'SM5', 51.371, -0.159),
  s('Culvers Avenue', 'Carshalton', 'SM5', 51.379, -0.162),
  // Wallington and Beddington
  s('Stafford Road', 'Wallington', 'SM6', 51.359, -0.142),
  s('Manor Road', 'Wallington', 'SM6', 51.362, -0.149),
  s('Woodcote Road', 'Wallington', 'SM6', 51.356, -0.152),
  s('Beddington Gardens', 'Wallington', 'SM6', 51.359, -0.158),
  s('Ross Road', 'Wallington', 'SM6', 51.356, -0.141),
  s('Clarendon Road', 'Wallington', 'SM6', 51.364, -0.144),
  s('London Road', 'Wallington', 'SM6', 51.366, -0.153),
  s('Demesne Road', 'Wallington', 'SM6', 51.372, -0.139),
  s('Croydon Road', 'Wallington', 'SM6', 51.37, -0.13),
  s('Sandy Lane South', 'Wallington', 'SM6', 51.348, -0.14),
  s('Butter Hill', 'Wallington', 'SM6', 51.372, -0.156),
  // Hackbridge
  s('London Road', 'Hackbridge', 'SM6', 51.38, -0.155),
  s('Hackbridge Road', 'Hackbridge', 'SM6', 51.379, -0.153),
  s('Mile Road', 'Wallington', 'SM6', 51.386, -0.145),
  s('Beddington Lane', 'Beddington', 'CR0', 51.385, -0.14),
];

/** The borough's rough bounding box: every seeded position lies inside it. */
export const suttonBounds = { south: 51.33, north: 51.39, west: -0.25, east: -0.11 };

export function formatAddress(houseNumber: number | null, street: DemoStreet): string {
  const where = `${street.street}, ${street.town} ${street.postcode}`;
  return houseNumber === null ? where : `${houseNumber} ${where}`;
}
