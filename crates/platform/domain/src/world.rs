//! Which country a position is in, from a world map about 10 km accurate
//! (`data/world_countries_osm10km.geojson`, see `data/README.md`), and how far a position south
//! of the United States is from it, measured to its outline near Mexico (about 100 m accurate,
//! `data/us_south_boundary_osm100m.geojson`). Only a country or a distance is ever answered:
//! services that ask where someone was keep that, never the position.

use crate::geofence::{Geofence, Position};
use geo::algorithm::indexed::IntervalTreeMultiPolygon;
use geo::{
    BoundingRect, Closest, ClosestPoint, Contains, Distance, Haversine, MultiLineString, Point,
};
use std::sync::OnceLock;

const WORLD: &str = include_str!("../data/world_countries_osm10km.geojson");
const US_SOUTH: &str = include_str!("../data/us_south_boundary_osm100m.geojson");

struct Land {
    country: String,
    bounds: geo::Rect,
    index: IntervalTreeMultiPolygon<f64>,
}

fn lands() -> &'static [Land] {
    static LANDS: OnceLock<Vec<Land>> = OnceLock::new();
    LANDS.get_or_init(|| {
        let Ok(geojson::GeoJson::FeatureCollection(c)) = WORLD.parse::<geojson::GeoJson>() else {
            panic!("the shipped world map is a GeoJSON feature collection");
        };
        c.features
            .iter()
            .filter_map(|f| {
                let country = f.property("country")?.as_str()?.to_string();
                let shape = match geo::Geometry::<f64>::try_from(&f.geometry.as_ref()?.value) {
                    Ok(geo::Geometry::MultiPolygon(m)) => m,
                    Ok(geo::Geometry::Polygon(p)) => geo::MultiPolygon(vec![p]),
                    _ => return None,
                };
                Some(Land {
                    country,
                    bounds: shape.bounding_rect()?,
                    index: IntervalTreeMultiPolygon::new(&shape),
                })
            })
            .collect()
    })
}

/// The ISO 3166-1 alpha-2 code of the country whose land holds `position`; `None` at sea or
/// within the map's 10 km of a coast it does not draw.
pub fn country_at(position: Position) -> Option<&'static str> {
    let p = Point::new(position.longitude, position.latitude);
    lands()
        .iter()
        .find(|l| l.bounds.contains(&p) && l.index.contains(&p))
        .map(|l| l.country.as_str())
}

/// Where a position is, seen from the United States.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FromUs {
    /// In the United States (its land, as the world map draws it).
    Inside,
    /// Outside it, this many metres from its land outline near Mexico (in Mexico the 100 m
    /// outline decides; elsewhere the world map).
    Outside { metres: f64 },
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
            Some(_) => {}
        }
    }
    let p = Point::new(position.longitude, position.latitude);
    match us_south().closest_point(&p) {
        Closest::Intersection(_) => FromUs::Outside { metres: 0.0 },
        Closest::SinglePoint(q) => FromUs::Outside {
            metres: Haversine.distance(p, q),
        },
        Closest::Indeterminate => FromUs::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(latitude: f64, longitude: f64) -> Option<&'static str> {
        country_at(Position::new(latitude, longitude, 10.0).unwrap())
    }

    #[test]
    fn cities_are_in_their_countries_and_the_sea_in_none() {
        assert_eq!(at(18.5392, -72.3364), Some("HT"), "Port-au-Prince");
        assert_eq!(at(23.1136, -82.3666), Some("CU"), "Havana");
        assert_eq!(at(14.6349, -90.5069), Some("GT"), "Guatemala City");
        assert_eq!(at(50.4501, 30.5234), Some("UA"), "Kyiv");
        assert_eq!(at(32.5149, -117.0382), Some("MX"), "Tijuana");
        assert_eq!(at(32.7157, -117.1611), Some("US"), "San Diego");
        assert_eq!(at(25.0, -40.0), None, "the Atlantic");
    }

    fn km_from_us(latitude: f64, longitude: f64) -> f64 {
        match from_us(Position::new(latitude, longitude, 10.0).unwrap()) {
            FromUs::Outside { metres } => metres / 1000.0,
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
    }
}
