//! Where a request may be made from: the phone's position checked against an eligibility policy
//! kept as data (`data/eligibility.json`) and two shipped maps (`data/README.md`).
//!
//! The OpenStreetMap outline decides "in Mexico or not"; the coarse states layer only names the
//! state, because it wrongly leaves the Mexican ends of several crossings outside Mexico. The
//! phone's reported accuracy counts in the person's favour, up to a cap.

use crate::input::InputError;
use geo::algorithm::indexed::IntervalTreeMultiPolygon;
use geo::{
    BoundingRect, Closest, ClosestPoint, Contains, Distance, Haversine, MultiPolygon, Point,
};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const OUTLINE: &str = include_str!("../data/mexico_outline_osm100m.geojson");
const STATES: &str = include_str!("../data/mexico_states_ne10m.geojson");
const POLICY: &str = include_str!("../data/eligibility.json");

/// Metres in one degree of latitude (mean Earth radius 6,371,008.8 m).
const METRES_PER_DEGREE: f64 = 111_195.0;

/// The eligibility policy, as in `data/eligibility.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub version: u32,
    pub north_of_latitude: f64,
    pub also_states: Vec<String>,
    pub anywhere_in_mexico_if_all_nationals_of: Option<String>,
    pub benefit_of_doubt_max_m: f64,
    pub data_margin_m: f64,
}

impl Policy {
    pub fn from_json(text: &str) -> Result<Policy, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The policy shipped with Garita.
    pub fn shipped() -> Policy {
        Policy::from_json(POLICY).expect("the shipped eligibility policy is valid")
    }
}

/// A position as the phone reported it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
    /// The radius, in metres, the phone is confident of.
    pub accuracy_m: f64,
}

impl Position {
    pub fn new(latitude: f64, longitude: f64, accuracy_m: f64) -> Result<Position, InputError> {
        let valid = latitude.is_finite()
            && longitude.is_finite()
            && accuracy_m.is_finite()
            && (-90.0..=90.0).contains(&latitude)
            && (-180.0..=180.0).contains(&longitude)
            && accuracy_m >= 0.0;
        if valid {
            Ok(Position {
                latitude,
                longitude,
                accuracy_m,
            })
        } else {
            Err(InputError::PositionInvalid)
        }
    }

    fn point(&self) -> Point {
        Point::new(self.longitude, self.latitude)
    }
}

/// Where Garita thinks the person is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Place {
    /// In this Mexican state (ISO 3166-2 code and name).
    State { code: String, name: String },
    /// Outside Mexico; the nearest Mexican state is named to say where.
    OutsideMexico {
        near_code: String,
        near_name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// `state` is the ISO 3166-2 code of the state counted (kept for statistics, not the position).
    Eligible { state: String },
    Refused {
        place: Place,
        /// How far, in whole kilometres (at least 1), from the area where requests can be made.
        distance_km: u32,
        /// Whether the person would be accepted if every traveller were a national of the
        /// policy's country (the caller checks, so travellers' data is read only when needed).
        accepted_if_all_nationals: bool,
    },
}

struct State {
    code: String,
    name: String,
    edges: Edges,
    index: IntervalTreeMultiPolygon<f64>,
    bounds: geo::Rect,
}

/// The shipped maps, indexed for fast point queries.
pub struct Geofence {
    outline: Edges,
    mexico: IntervalTreeMultiPolygon<f64>,
    states: Vec<State>,
}

fn multipolygon(geometry: &geojson::Geometry) -> MultiPolygon {
    match geo::Geometry::<f64>::try_from(&geometry.value) {
        Ok(geo::Geometry::MultiPolygon(m)) => m,
        Ok(geo::Geometry::Polygon(p)) => MultiPolygon(vec![p]),
        _ => panic!("the shipped maps hold only polygons"),
    }
}

fn features(text: &str) -> Vec<geojson::Feature> {
    match text.parse::<geojson::GeoJson>() {
        Ok(geojson::GeoJson::FeatureCollection(c)) => c.features,
        _ => panic!("the shipped maps are GeoJSON feature collections"),
    }
}

/// A shape's edges in an R-tree, to find its nearest point to a point outside it without
/// measuring every edge (Mexico's outline has tens of thousands: about 40 µs a request from
/// Tijuana, just outside the 100 m outline, before).
struct Edges(rstar::RTree<geo::Line>);

impl Edges {
    fn of(shape: &MultiPolygon) -> Edges {
        let lines = shape
            .iter()
            .flat_map(|polygon| std::iter::once(polygon.exterior()).chain(polygon.interiors()))
            .flat_map(|ring| ring.lines())
            .collect();
        Edges(rstar::RTree::bulk_load(lines))
    }

    /// The nearest point of the edges, in the map's plane (as `ClosestPoint` measures).
    fn nearest(&self, p: Point) -> Option<Point> {
        match self.0.nearest_neighbor(&p)?.closest_point(&p) {
            Closest::SinglePoint(q) | Closest::Intersection(q) => Some(q),
            Closest::Indeterminate => None,
        }
    }
}

/// Distance in metres from a point to the nearest point of a shape (0 inside it).
fn distance_to(edges: &Edges, index: &IntervalTreeMultiPolygon<f64>, p: Point) -> f64 {
    nearest(edges, index, p).0
}

/// The distance in metres from a point to a shape, and the shape's nearest point (the point
/// itself inside it).
fn nearest(edges: &Edges, index: &IntervalTreeMultiPolygon<f64>, p: Point) -> (f64, Point) {
    if index.contains(&p) {
        return (0.0, p);
    }
    match edges.nearest(p) {
        Some(q) => (Haversine.distance(p, q), q),
        None => (f64::INFINITY, p),
    }
}

impl Geofence {
    /// The maps shipped in `data/`, parsed and indexed once.
    pub fn shipped() -> &'static Geofence {
        static SHIPPED: OnceLock<Geofence> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            let outline: MultiPolygon = features(OUTLINE)
                .iter()
                .filter_map(|f| f.geometry.as_ref())
                .flat_map(|g| multipolygon(g).0)
                .collect();
            let states = features(STATES)
                .iter()
                .filter_map(|f| {
                    let code = f.property("iso_3166_2")?.as_str()?;
                    // A minor island without a state of its own.
                    if code.ends_with('~') {
                        return None;
                    }
                    let (code, name) = match code {
                        "MX-DIF" => ("MX-CMX".to_string(), "Ciudad de México".to_string()),
                        _ => (
                            code.to_string(),
                            f.property("name_es")?.as_str()?.to_string(),
                        ),
                    };
                    let shape = multipolygon(f.geometry.as_ref()?);
                    let index = IntervalTreeMultiPolygon::new(&shape);
                    let bounds = shape.bounding_rect()?;
                    Some(State {
                        code,
                        name,
                        edges: Edges::of(&shape),
                        index,
                        bounds,
                    })
                })
                .collect();
            Geofence {
                mexico: IntervalTreeMultiPolygon::new(&outline),
                outline: Edges::of(&outline),
                states,
            }
        })
    }

    /// The state a point is in, or the nearest one (for points in the coarse layer's gaps, and to
    /// say where a point outside Mexico is).
    fn state_of(&self, p: Point) -> &State {
        self.states
            .iter()
            .find(|s| s.index.contains(&p))
            .unwrap_or_else(|| {
                // Nearest first by bounding box (cheap); a state whose box is farther than the
                // best distance found cannot be nearer (boxes are small enough for the clamped
                // point to stand for the box's nearest point).
                let mut by_box: Vec<(&State, f64)> = self
                    .states
                    .iter()
                    .map(|s| (s, box_distance(&s.bounds, p)))
                    .collect();
                by_box.sort_by(|a, b| a.1.total_cmp(&b.1));
                let mut best = (by_box[0].0, f64::INFINITY);
                for (s, lower_bound) in by_box {
                    if lower_bound > best.1 {
                        break;
                    }
                    let d = distance_to(&s.edges, &s.index, p);
                    if d < best.1 {
                        best = (s, d);
                    }
                }
                best.0
            })
    }

    /// Metres from a point in Mexico to the policy's area (0 inside it).
    fn distance_to_area(&self, policy: &Policy, p: Point, state: &State) -> f64 {
        if p.y() >= policy.north_of_latitude || policy.also_states.contains(&state.code) {
            return 0.0;
        }
        let to_parallel = (policy.north_of_latitude - p.y()) * METRES_PER_DEGREE;
        self.states
            .iter()
            .filter(|s| policy.also_states.contains(&s.code))
            .map(|s| distance_to(&s.edges, &s.index, p))
            .fold(to_parallel, f64::min)
    }

    /// Whether a position lies on Mexico's land outline (about 100 m accurate).
    pub fn in_mexico(&self, position: Position) -> bool {
        self.mexico.contains(&position.point())
    }

    /// Checks a position against a policy.
    pub fn check(&self, policy: &Policy, position: Position) -> Verdict {
        let p = position.point();
        let allowance =
            position.accuracy_m.min(policy.benefit_of_doubt_max_m) + policy.data_margin_m;
        let (outside_by, nearest_in_mexico) = nearest(&self.outline, &self.mexico, p);
        // A point just outside the outline, within the allowance, is taken at the nearest point
        // of Mexico: the person may well be standing there.
        let at = if outside_by <= allowance {
            nearest_in_mexico
        } else {
            p
        };
        let state = self.state_of(at);
        if outside_by > allowance {
            return Verdict::Refused {
                place: Place::OutsideMexico {
                    near_code: state.code.clone(),
                    near_name: state.name.clone(),
                },
                distance_km: kilometres(outside_by),
                accepted_if_all_nationals: false,
            };
        }
        let short_by = self.distance_to_area(policy, at, state);
        if short_by <= allowance {
            return Verdict::Eligible {
                state: state.code.clone(),
            };
        }
        Verdict::Refused {
            place: Place::State {
                code: state.code.clone(),
                name: state.name.clone(),
            },
            distance_km: kilometres(short_by),
            accepted_if_all_nationals: policy.anywhere_in_mexico_if_all_nationals_of.is_some(),
        }
    }
}

/// A lower bound, in metres, of the distance from a point to anything inside a box.
fn box_distance(bounds: &geo::Rect, p: Point) -> f64 {
    let x = p.x().clamp(bounds.min().x, bounds.max().x);
    let y = p.y().clamp(bounds.min().y, bounds.max().y);
    Haversine.distance(p, Point::new(x, y))
}

fn kilometres(metres: f64) -> u32 {
    ((metres / 1000.0).round() as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edges_nearest_point_is_the_shapes_closest_point() {
        let outline: MultiPolygon = features(OUTLINE)
            .iter()
            .filter_map(|f| f.geometry.as_ref())
            .flat_map(|g| multipolygon(g).0)
            .collect();
        let edges = Edges::of(&outline);
        // Along the northern border, the coasts and the sea, inside and out.
        for i in 0..400 {
            let p = Point::new(
                -118.0 + f64::from(i) * 0.0625,
                14.0 + f64::from(i % 40) * 0.45,
            );
            let Closest::SinglePoint(q) = outline.closest_point(&p) else {
                continue;
            };
            let found = edges.nearest(p).expect("a nearest edge");
            let (metres, expected) = (Haversine.distance(p, found), Haversine.distance(p, q));
            assert!(
                (metres - expected).abs() < 1e-6,
                "{p:?}: {metres} against {expected}"
            );
        }
    }
}
