//! Which country a position is in, from a world map about 10 km accurate
//! (`data/world_countries_osm10km.geojson`, see `data/README.md`). Only a country is ever
//! answered: a caller that asks where someone was keeps that, never the position.

use crate::geofence::Position;
use geo::algorithm::indexed::IntervalTreeMultiPolygon;
use geo::{BoundingRect, Closest, ClosestPoint, Contains, Distance, Haversine, Point};
use std::sync::OnceLock;

const WORLD: &str = include_str!("../data/world_countries_osm10km.geojson");

/// How far the map's outlines may be from the true ones, in metres.
pub const ACCURACY_M: f64 = 10_000.0;

struct Land {
    country: String,
    bounds: geo::Rect,
    index: IntervalTreeMultiPolygon<f64>,
    shape: geo::MultiPolygon<f64>,
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
                    shape,
                })
            })
            .collect()
    })
}

/// The ISO 3166-1 alpha-2 code of the country whose land holds `position`; `None` at sea or
/// within the map's 10 km of a coast it leaves out.
pub fn country_at(position: Position) -> Option<&'static str> {
    let p = Point::new(position.longitude, position.latitude);
    lands()
        .iter()
        .find(|l| l.bounds.contains(&p) && l.index.contains(&p))
        .map(|l| l.country.as_str())
}

/// How far `position` is from the land of `country` as the map outlines it, in metres (0 on it;
/// `None` for a country the map does not have). The map's own error is up to `ACCURACY_M`.
pub fn metres_from(position: Position, country: &str) -> Option<f64> {
    let p = Point::new(position.longitude, position.latitude);
    let land = lands().iter().find(|l| l.country == country)?;
    if land.index.contains(&p) {
        return Some(0.0);
    }
    match land.shape.closest_point(&p) {
        Closest::Intersection(_) => Some(0.0),
        Closest::SinglePoint(q) => Some(Haversine.distance(p, q)),
        Closest::Indeterminate => None,
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

    #[test]
    fn distances_to_a_country_are_measured_to_its_outline() {
        let from_us = |latitude, longitude| {
            metres_from(Position::new(latitude, longitude, 10.0).unwrap(), "US").unwrap()
        };
        assert_eq!(from_us(32.7157, -117.1611), 0.0, "San Diego");
        // Windsor, Ontario, across the river from Detroit: within the map's error.
        assert!(from_us(42.3149, -83.0364) < ACCURACY_M);
        // Montreal, about 60 km north of the border.
        let montreal = from_us(45.5017, -73.5673);
        assert!((40_000.0..80_000.0).contains(&montreal), "{montreal}");
        assert_eq!(
            metres_from(Position::new(0.0, 0.0, 1.0).unwrap(), "XX"),
            None
        );
    }
}
