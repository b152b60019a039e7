//! Liveness: a short challenge that a still picture cannot pass. The server picks an order of
//! head poses (facing the camera, turned to the person's left, turned to their right; each
//! different from the one before, so 16 orders); the page takes one frame at each step; here
//! each frame's head pose (from its landmarks) must be the step's, and the frames must show one
//! person (descriptors close together) in one capture (one camera size). Each frame after the
//! first is searched near where the face was in the frame before, which keeps five frames
//! within the time of two photos.
//!
//! What it resists: a printed or stored photo, held up or uploaded (it cannot turn), and a
//! recording of someone turning their head, unless it happens to turn in the order drawn (1 in
//! 16 a try). What it does not resist: a live video feed someone controls (a person turning on
//! cue, or a face swapped in real time). A doubt never refuses anyone alone: it sends the photo
//! to a person, as every other refusal does.

use crate::{Descriptor, Face, FaceSettings, Found};
use image::RgbImage;

/// How far the nose must move off the eyes' midpoint (in eye distances) for a turn; about 10°.
const TURNED: f32 = 0.12;
/// Facing the camera: the nose within this of the midpoint.
const FACING: f32 = 0.09;
/// How many poses a challenge asks for.
pub const STEPS: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pose {
    Front,
    /// Turned to the person's own left.
    Left,
    /// Turned to the person's own right.
    Right,
}

impl Pose {
    pub fn code(self) -> &'static str {
        match self {
            Pose::Front => "front",
            Pose::Left => "left",
            Pose::Right => "right",
        }
    }

    pub fn parse(code: &str) -> Option<Pose> {
        [Pose::Front, Pose::Left, Pose::Right]
            .into_iter()
            .find(|p| p.code() == code)
    }

    /// Whether a head turned by `yaw` (`Landmarks::yaw`, in a camera's unmirrored frame) holds
    /// this pose.
    fn held_by(self, yaw: f32) -> bool {
        match self {
            Pose::Front => yaw.abs() <= FACING,
            Pose::Left => yaw >= TURNED,
            Pose::Right => yaw <= -TURNED,
        }
    }
}

/// The poses to ask for, from random bits: facing the camera first, then each step one of the
/// two poses other than the one before.
pub fn challenge(random: u8) -> [Pose; STEPS] {
    let mut steps = [Pose::Front; STEPS];
    for i in 1..STEPS {
        let others: Vec<Pose> = [Pose::Front, Pose::Left, Pose::Right]
            .into_iter()
            .filter(|p| *p != steps[i - 1])
            .collect();
        steps[i] = others[usize::from((random >> (i - 1)) & 1)];
    }
    steps
}

/// Why the frames left a doubt (shown to the reviewer and the officer; the person is told what
/// to do next, never this).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// A frame had no single face.
    NoFace,
    /// A frame's head pose was not its step's: a still picture, or the wrong order.
    NotAsAsked,
    /// The frames show more than one person.
    NotOnePerson,
    /// The frames are not of one capture (missing, extra, or of different sizes).
    NotOneCapture,
}

impl Doubt {
    pub fn code(self) -> &'static str {
        match self {
            Doubt::NoFace => "liveness-no-face",
            Doubt::NotAsAsked => "liveness-not-as-asked",
            Doubt::NotOnePerson => "liveness-not-one-person",
            Doubt::NotOneCapture => "liveness-not-one-capture",
        }
    }
}

/// Checks the frames taken for `steps`, in order. `first` is the first frame's face when the
/// caller has found it already (a photo check did). On success, the descriptor of the first
/// frame (facing the camera), to compare with the photo of record.
pub fn verify(
    steps: &[Pose],
    frames: &[RgbImage],
    first: Option<Face>,
    settings: FaceSettings,
) -> Result<Descriptor, Doubt> {
    let Some(first_frame) = frames.first() else {
        return Err(Doubt::NotOneCapture);
    };
    if frames.len() != steps.len()
        || frames
            .iter()
            .any(|f| f.dimensions() != first_frame.dimensions())
    {
        return Err(Doubt::NotOneCapture);
    }
    let mut descriptors = Vec::with_capacity(frames.len());
    let mut before: Option<Face> = None;
    for (i, (step, frame)) in steps.iter().zip(frames).enumerate() {
        // A head turns but hardly moves between frames: look where it was first.
        let found = match (i, &first, &before) {
            (0, Some(face), _) => Found::One(face.clone()),
            (_, _, Some(face)) => crate::find_near(frame, face.found),
            _ => crate::find(frame),
        };
        let Found::One(face) = found else {
            return Err(Doubt::NoFace);
        };
        if !step.held_by(face.landmarks.yaw()) {
            return Err(Doubt::NotAsAsked);
        }
        descriptors.push(crate::describe(frame, &face).ok_or(Doubt::NoFace)?);
        before = Some(face);
    }
    let reference = descriptors[0].clone();
    if descriptors
        .iter()
        .any(|d| !crate::compare(&reference, d, settings).alike)
    {
        return Err(Doubt::NotOnePerson);
    }
    Ok(reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_challenge_starts_facing_and_changes_pose_each_step() {
        let mut seen = std::collections::BTreeSet::new();
        for random in 0..=255u8 {
            let steps = challenge(random);
            assert_eq!(steps[0], Pose::Front);
            assert!(steps.windows(2).all(|w| w[0] != w[1]));
            seen.insert(steps.map(Pose::code));
        }
        assert_eq!(seen.len(), 16);
    }
}
