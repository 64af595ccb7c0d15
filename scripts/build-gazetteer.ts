/** Validates the gazetteer sources before a build. (The entities issue adds the compact runtime form.) */
import './check-gazetteer';
