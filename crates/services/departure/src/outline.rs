//! How far a position is from the United States. South of it, measured to its land outline near
//! Mexico (about 100 m accurate, `data/us_south_boundary_osm100m.geojson`, see `data/README.md`):
//! in Mexico the platform's 100 m outline says the person is outside; elsewhere the platform's
//! world map does. In Canada, measured to the world map's outline of the United States, whose
//! 10 km error then counts against the claim. Only a distance is answered, never kept as a
//! position.

use garita_domain::geofence::{Geofence, Position};
use garita_domain::world::{self, country_at};
use geo::{Closest, ClosestPoint, Distance, Haversine, MultiLineString, Point};
use std::sync::OnceLock;

const US_SOUTH: &str = include_str!("../data/us_south_boundary_osm100m.geojson");
/// How far the outline near Mexico may be from the true border, in metres.
const SOUTH_ERROR_M: f64 = 100.0;

/// Where a position is, seen from the United States.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FromUs {
    /// In the United States (its land, as the world map draws it).
    Inside,
    /// Outside it, this many metres from its land outline (near Mexico, or the world map's in
    /// Canada), which may be off by up to `map_error_m`.
    Outside { metres: f64, map_error_m: f64 },
    /// At sea, or on a coast the world map does not draw: not known.
    Unknown,
}

fn us_south() -> &'static MultiLineString {
    static LINES: OnceLock<MultiLineString> = OnceLock::new();
    LINES.get_or_init(|| {
        let Ok(geojson::GeoJson::FeatureCollection(c)) = US_SOUTH.parse::<geojson::GeoJson>()
        else {
            panic!("the shipped U.S. outline is a GeoJSON feature collection");
        };
        let geometry = c.features[0].geometry.as_ref().expect("a geometry");
        match geo::Geometry::<f64>::try_from(&geometry.value) {
            Ok(geo::Geometry::MultiLineString(m)) => m,
            _ => panic!("the shipped U.S. outline is one MultiLineString"),
        }
    })
}

/// Where `position` is, seen from the United States (see [`FromUs`]).
pub fn from_us(position: Position) -> FromUs {
    let in_mexico = Geofence::shipped().in_mexico(position);
    if !in_mexico {
        match country_at(position) {
            Some("US") => return FromUs::Inside,
            None => return FromUs::Unknown,
            Some("CA") => {
                return match world::metres_from(position, "US") {
                    Some(metres) => FromUs::Outside {
                        metres,
                        map_error_m: world::ACCURACY_M,
                    },
                    None => FromUs::Unknown,
                };
            }
            Some(_) => {}
        }
    }
    let p = Point::new(position.longitude, position.latitude);
    let metres = match us_south().closest_point(&p) {
        Closest::Intersection(_) => 0.0,
        Closest::SinglePoint(q) => Haversine.distance(p, q),
        Closest::Indeterminate => return FromUs::Unknown,
    };
    FromUs::Outside {
        metres,
        map_error_m: SOUTH_ERROR_M,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn km_from_us(latitude: f64, longitude: f64) -> f64 {
        match from_us(Position::new(latitude, longitude, 10.0).unwrap()) {
            FromUs::Outside { metres, .. } => metres / 1000.0,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn distances_from_the_united_states_are_measured_to_its_outline() {
        // Tijuana's centre, about 2 km south of the border fence.
        let tijuana = km_from_us(32.5250, -117.0300);
        assert!((1.0..3.5).contains(&tijuana), "{tijuana}");
        // Ciudad Juárez, further in.
        let juarez = km_from_us(31.6904, -106.4245);
        assert!((3.0..12.0).contains(&juarez), "{juarez}");
        let guatemala = km_from_us(14.6349, -90.5069);
        assert!(guatemala > 1000.0, "{guatemala}");
        assert_eq!(
            from_us(Position::new(32.7157, -117.1611, 10.0).unwrap()),
            FromUs::Inside,
            "San Diego"
        );
        assert_eq!(
            from_us(Position::new(25.0, -40.0, 10.0).unwrap()),
            FromUs::Unknown
        );
        // North: in Canada the world map's outline, with its 10 km error.
        let windsor = from_us(Position::new(42.3149, -83.0364, 10.0).unwrap());
        assert!(
            matches!(windsor, FromUs::Outside { metres, map_error_m } if metres < map_error_m),
            "{windsor:?}"
        );
        assert!(km_from_us(45.5017, -73.5673) > 40.0, "Montreal");
        assert_eq!(
            from_us(Position::new(42.3314, -83.0458, 10.0).unwrap()),
            FromUs::Inside,
            "Detroit"
        );
    }
}
