-- How alike the live photo taken at confirmation and the registration photo are: the distance
-- between their face descriptors, in thousandths (lower is more alike). Empty when no comparison
-- could be made; the officer and the reviewer see it beside the two photos.
ALTER TABLE traveller_checks ADD COLUMN face_distance_milli INTEGER;
